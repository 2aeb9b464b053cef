namespace CrowdSim.Model.Metrics;

/// <summary>Where every dollar went, in USD. labSpend = vendorMargin + platformFees + workerPay + owedAtEnd.</summary>
/// <param name="LabourShare">workerPay ÷ labSpend.</param>
/// <param name="TrainingPay">Paid for training courses under a paid-training policy (part of workerPay, out of platform fees).</param>
/// <param name="Salaries">Paid to salaried shift workers (part of workerPay).</param>
/// <param name="AutomationSavings">What labs did not spend because work was automated: the price of each automated task less the cost of an automated label [llm_cost_per_label].</param>
public sealed record MoneyTotals(
    decimal LabSpend,
    decimal VendorMargin,
    decimal PlatformFees,
    decimal WorkerPay,
    decimal OwedAtEnd,
    double LabourShare,
    decimal TrainingPay,
    decimal Salaries,
    decimal AutomationSavings);
