namespace CrowdSim.Validation.Tests.Queueing;

/// <summary>
/// Closed forms for the multi-server queue with Poisson arrivals (rate λ), exponential service
/// (rate μ per server) and c servers, first come first served.
/// <para>M/M/c: the Erlang C formula (Erlang 1917; e.g. Gross, Shortle, Thompson and Harris,
/// <i>Fundamentals of Queueing Theory</i>, 4th ed., §2.3).</para>
/// <para>M/M/c+D: the same queue where a task that has waited a fixed time D leaves untaken (a task
/// expiring). Found by level crossing on the virtual waiting time V (the wait an arrival would
/// have): below c busy servers the Erlang probabilities p_n = p_0 aⁿ/n! hold; V has density
/// λ p_{c−1} e^{−(cμ−λ)v} on (0, D] and λ p_{c−1} e^{λD} e^{−cμv} above D, and an arrival
/// expires when V &gt; D. These agree with Boots and Tijms, "A multiserver queueing system with
/// impatient customers", Management Science 45(3), 1999, and reduce to Erlang C as D → ∞.</para>
/// </summary>
internal sealed record QueueTheory(double ArrivalsPerHour, double ServicePerHour, int Servers, double? PatienceHours = null)
{
    /// <summary>Offered load a = λ/μ, in servers.</summary>
    public double OfferedLoad => ArrivalsPerHour / ServicePerHour;

    /// <summary>Probability that an arrival finds every server busy: P(V &gt; 0).</summary>
    public double ProbabilityOfWaiting
    {
        get
        {
            var (top, tail) = WaitingTerms();
            return tail / (top + tail);
        }
    }

    /// <summary>Share of arrivals that leave untaken (V &gt; D); 0 without patience.</summary>
    public double ProbabilityOfExpiry =>
        PatienceHours is not { } d ? 0 : Density0 * Math.Exp(-Theta * d) / (Servers * ServicePerHour);

    /// <summary>Mean wait in hours of the arrivals that are served (all of them without patience).</summary>
    public double MeanWaitOfServedHours
    {
        get
        {
            if (PatienceHours is not { } d)
                return ProbabilityOfWaiting / Theta;
            // ∫₀ᴰ v f(v) dv over the served share.
            var theta = Theta;
            var integral = Math.Abs(theta) < 1e-12
                ? Density0 * d * d / 2
                : Density0 * (1 - (Math.Exp(-theta * d) * (1 + (theta * d)))) / (theta * theta);
            return integral / (1 - ProbabilityOfExpiry);
        }
    }

    /// <summary>Mean busy share of the servers: λ (1 − P(expiry)) / (cμ).</summary>
    public double Utilisation => ArrivalsPerHour * (1 - ProbabilityOfExpiry) / (Servers * ServicePerHour);

    /// <summary>Time-average number of tasks waiting (Little's law on the served and the expiring).</summary>
    public double MeanQueueLength =>
        ArrivalsPerHour * (((1 - ProbabilityOfExpiry) * MeanWaitOfServedHours) + (ProbabilityOfExpiry * (PatienceHours ?? 0)));

    private double Theta => (Servers * ServicePerHour) - ArrivalsPerHour;

    // p₀ normalises Σ_{n<c} aⁿ/n! p₀ plus the waiting mass; λ p_{c−1} is the density of V just above 0.
    private double Density0
    {
        get
        {
            var (top, tail) = WaitingTerms();
            return ArrivalsPerHour * LastIdleTerm / (top + tail);
        }
    }

    private double LastIdleTerm => Power(OfferedLoad, Servers - 1) / Factorial(Servers - 1);

    /// <summary>Σ_{n&lt;c} aⁿ/n! and the waiting mass, both in units of p₀.</summary>
    private (double Top, double Tail) WaitingTerms()
    {
        var top = 0.0;
        for (var n = 0; n < Servers; n++)
            top += Power(OfferedLoad, n) / Factorial(n);
        var rate = ArrivalsPerHour * LastIdleTerm;
        var theta = Theta;
        double tail;
        if (PatienceHours is not { } d)
        {
            if (theta <= 0)
                throw new InvalidOperationException("M/M/c without patience is unstable at λ ≥ cμ");
            tail = rate / theta;
        }
        else
        {
            var below = Math.Abs(theta) < 1e-12 ? d : (1 - Math.Exp(-theta * d)) / theta;
            tail = rate * (below + (Math.Exp(-theta * d) / (Servers * ServicePerHour)));
        }
        return (top, tail);
    }

    private static double Power(double x, int n) => Math.Pow(x, n);

    private static double Factorial(int n)
    {
        var f = 1.0;
        for (var k = 2; k <= n; k++)
            f *= k;
        return f;
    }
}
