namespace CrowdSim.Model.Scenario;

/// <summary>
/// Handling time that falls with experience (a power-law learning curve): the worker's time multiplier
/// is speed × max(<paramref name="Floor"/>, (1 + approved / <paramref name="HalfLifeTasks"/>)^(−<paramref name="Exponent"/>)).
/// </summary>
/// <param name="HalfLifeTasks">Approved tasks that set the scale of the curve (n₀).</param>
/// <param name="Exponent">Power of the curve (b); 0 = no learning.</param>
/// <param name="Floor">The least multiplier experience can bring handling time down to.</param>
public sealed record LearningSpec(double HalfLifeTasks, double Exponent, double Floor)
{
    /// <summary>The multiplier on handling time after <paramref name="approved"/> approved tasks.</summary>
    public double Multiplier(long approved) =>
        Math.Max(Floor, Math.Pow(1.0 + (Math.Max(0, approved) / HalfLifeTasks), -Exponent));
}

/// <summary>Approved tasks workers bring from before the run: lognormal with this median and log-spread.</summary>
public sealed record PriorApprovedSpec(double Median, double Sigma);
