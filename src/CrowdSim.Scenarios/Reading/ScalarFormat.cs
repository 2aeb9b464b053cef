namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// A kind of scalar value a scenario key takes: how to parse it, and what to tell the user
/// it should look like when it does not parse.
/// </summary>
/// <param name="Expected">Completes "expected ...", e.g. "a duration like 15m, 36h or 2h30m".</param>
/// <param name="Parse">The value, or null when the text is not of this kind.</param>
internal sealed record ScalarFormat<T>(string Expected, Func<string, T?> Parse)
    where T : struct;
