using System.Globalization;

namespace CrowdSim.Runs.Output;

/// <summary>Number formatting for output files: invariant culture, shortest round-trip form.</summary>
internal static class Invariant
{
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(double? value) => value is { } v ? Format(v) : "";
}
