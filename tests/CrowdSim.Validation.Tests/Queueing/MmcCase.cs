using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios;

namespace CrowdSim.Validation.Tests.Queueing;

/// <summary>
/// One configuration of mmc.yaml: c servers with mean handling time 10 minutes (μ = 6 per hour),
/// offered utilisation ρ (λ = ρcμ), ticks of a given length, and optionally a patience D after
/// which waiting tasks expire. Replication k runs with the replication seed k of the file's seed.
/// </summary>
internal sealed record MmcCase(int Servers, double Rho, int TickMinutes, int Days, int Replications, string? Patience = null, double PatienceHours = 0)
{
    public const double ServicePerHour = 6;
    public const double WarmUpHours = 72;
    public const double TailHours = 12;

    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "Queueing", "mmc.yaml");

    public double ArrivalsPerHour => Rho * Servers * ServicePerHour;

    public QueueTheory Theory => new(ArrivalsPerHour, ServicePerHour, Servers, Patience is null ? null : PatienceHours);

    public ScenarioSpec Spec(int replication)
    {
        var overrides = new List<string>
        {
            $"days={Days}",
            $"tickMinutes={TickMinutes}",
            $"workers.servers.count={Servers}",
            FormattableString.Invariant($"labs.buyer.demand.0.tasksPerDay={ArrivalsPerHour * 24:R}"),
            FormattableString.Invariant($"taskTypes.job.meanMinutes={60 / ServicePerHour:R}"),
        };
        if (Patience is not null)
            overrides.Add($"taskTypes.job.expiry={Patience}");
        var spec = ScenarioLoader.LoadFile(File, overrides);
        return spec with { Seed = ReplicationSeeds.For(spec.Seed, replication) };
    }

    /// <summary>Every replication's observation (in parallel; each run is independent and deterministic).</summary>
    public QueueObservation[] Observe() =>
        Enumerable.Range(0, Replications)
            .AsParallel().AsOrdered()
            .Select(k => QueueObservation.Of(Spec(k), WarmUpHours, TailHours))
            .ToArray();

    public override string ToString() =>
        FormattableString.Invariant($"c={Servers} ρ={Rho} tick={TickMinutes}m{(Patience is null ? "" : $" D={Patience}")}");
}
