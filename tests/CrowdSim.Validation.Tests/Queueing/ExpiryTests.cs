using Xunit.Abstractions;

namespace CrowdSim.Validation.Tests.Queueing;

/// <summary>
/// The abandonment case: the M/M/c set-up with tasks that expire when nobody takes them within a
/// fixed time D (M/M/c+D), against its closed form (see <see cref="QueueTheory"/>): share expired,
/// probability of waiting, mean wait of the tasks taken, and utilisation, including an overloaded
/// queue (ρ &gt; 1) that only expiry keeps stable.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class ExpiryTests(ITestOutputHelper output)
{
    public static TheoryData<int, double, int, string, double> Cases => new()
    {
        // servers, offered utilisation, tick minutes, patience (as written in the file), patience in hours
        { 5, 0.95, 15, "30m", 0.5 },
        { 5, 0.95, 1, "30m", 0.5 },
        { 3, 1.2, 15, "20m", 1.0 / 3 },
        { 1, 0.8, 15, "6m", 0.1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expiring_tasks_match_the_MMc_plus_D_closed_form(int servers, double rho, int tickMinutes, string patience, double patienceHours)
    {
        var mmc = new MmcCase(servers, rho, tickMinutes, Days: 200, Replications: 10, patience, patienceHours);
        var runs = mmc.Observe();
        var theory = mmc.Theory;

        Agreement.Check(output, mmc.ToString(), "P(expire)", runs.Select(r => r.ProbabilityOfExpiry), theory.ProbabilityOfExpiry, maxRelativeHalfWidth: 0.15);
        Agreement.Check(output, mmc.ToString(), "P(wait)", runs.Select(r => r.ProbabilityOfWaiting), theory.ProbabilityOfWaiting, maxRelativeHalfWidth: 0.05);
        Agreement.Check(output, mmc.ToString(), "mean wait of taken (h)", runs.Select(r => r.MeanWaitOfServedHours), theory.MeanWaitOfServedHours, maxRelativeHalfWidth: 0.05);
        Agreement.Check(output, mmc.ToString(), "utilisation", runs.Select(r => r.Utilisation), theory.Utilisation, maxRelativeHalfWidth: 0.03);
        Agreement.Check(output, mmc.ToString(), "mean queue", runs.Select(r => r.MeanQueueLength), theory.MeanQueueLength, maxRelativeHalfWidth: 0.05);
    }
}
