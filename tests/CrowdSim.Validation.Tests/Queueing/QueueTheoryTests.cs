namespace CrowdSim.Validation.Tests.Queueing;

/// <summary>The closed forms themselves, against values that can be worked out by hand.</summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class QueueTheoryTests
{
    [Fact]
    public void One_server_is_the_MM1_queue()
    {
        // M/M/1, λ = 3, μ = 4: P(wait) = ρ = 0.75, Wq = ρ / (μ − λ) = 0.75 h, Lq = ρ² / (1 − ρ) = 2.25.
        var q = new QueueTheory(3, 4, 1);
        Assert.Equal(0.75, q.ProbabilityOfWaiting, 12);
        Assert.Equal(0.75, q.MeanWaitOfServedHours, 12);
        Assert.Equal(2.25, q.MeanQueueLength, 12);
        Assert.Equal(0.75, q.Utilisation, 12);
    }

    [Fact]
    public void Two_servers_match_the_Erlang_C_worked_by_hand()
    {
        // a = 1.5, c = 2: C = (a²/2 · 1/(1 − ρ)) / (1 + a + a²/2 · 1/(1 − ρ)) with ρ = 0.75: 4.5 / 7 = 0.642857…
        var q = new QueueTheory(1.5, 1, 2);
        Assert.Equal(4.5 / 7, q.ProbabilityOfWaiting, 12);
        Assert.Equal(4.5 / 7 / 0.5, q.MeanWaitOfServedHours, 12);
    }

    [Fact]
    public void A_long_patience_is_no_patience()
    {
        var plain = new QueueTheory(20, 6, 4);
        var patient = new QueueTheory(20, 6, 4, PatienceHours: 1000);
        Assert.Equal(plain.ProbabilityOfWaiting, patient.ProbabilityOfWaiting, 10);
        Assert.Equal(plain.MeanWaitOfServedHours, patient.MeanWaitOfServedHours, 10);
        Assert.Equal(0, patient.ProbabilityOfExpiry, 10);
    }

    [Fact]
    public void No_patience_at_all_is_the_Erlang_loss_system()
    {
        // D → 0: every arrival finding all busy is lost, so P(expire) is Erlang B: (a^c/c!) / Σ aⁿ/n!.
        // a = 2, c = 2: (2) / (1 + 2 + 2) = 0.4.
        var q = new QueueTheory(2, 1, 2, PatienceHours: 1e-9);
        Assert.Equal(0.4, q.ProbabilityOfExpiry, 6);
        Assert.Equal(0.4, q.ProbabilityOfWaiting, 6);
    }

    [Fact]
    public void An_overloaded_queue_with_patience_is_stable_and_at_balance()
    {
        // Throughput cannot exceed capacity, and what is not served expires.
        var q = new QueueTheory(30, 6, 4, PatienceHours: 0.25);
        Assert.InRange(q.Utilisation, 0.9, 1.0);
        Assert.Equal(30 * (1 - q.ProbabilityOfExpiry), q.Utilisation * 24, 9);
    }
}
