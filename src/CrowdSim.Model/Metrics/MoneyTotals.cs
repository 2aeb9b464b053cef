namespace CrowdSim.Model.Metrics;

/// <summary>Where every dollar went, in USD. labSpend = vendorMargin + platformFees + workerPay + owedAtEnd.</summary>
public sealed record MoneyTotals(
    decimal LabSpend,
    decimal VendorMargin,
    decimal PlatformFees,
    decimal WorkerPay,
    decimal OwedAtEnd);
