using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CrowdSim.Reference;
using CrowdSim.Scenarios;
using CrowdSim.Scenarios.Scaling;

// crowdsim-reference [--scenario FILE] [--workers N] [--days D] [--seed S]: runs the reduced market
// (bench/reduced.yaml unless --scenario says otherwise), scaled to N workers as `crowdsim bench`
// scales its scenario, and prints one JSON line. A scenario it cannot run is refused with one line.
const string DefaultScenario = "bench/reduced.yaml";
var options = new Dictionary<string, string> { ["--scenario"] = DefaultScenario };
for (var k = 0; k < args.Length; k++)
{
    if (args[k] is not ("--scenario" or "--workers" or "--days" or "--seed") || k + 1 >= args.Length)
        return Fail($"usage: CrowdSim.Reference [--scenario FILE] [--workers N] [--days D] [--seed S] (got '{args[k]}')");
    options[args[k]] = args[++k];
}
try
{
    var days = options.TryGetValue("--days", out var d) ? int.Parse(d, CultureInfo.InvariantCulture) : (int?)null;
    var spec = ScenarioLoader.LoadExperiment(options["--scenario"], new ScenarioLoadOptions { Days = days }).Spec;
    if (options.TryGetValue("--workers", out var n))
        spec = ScenarioScaler.ToWorkers(spec, (int)double.Parse(n, CultureInfo.InvariantCulture));
    if (options.TryGetValue("--seed", out var s))
        spec = spec with { Seed = ulong.Parse(s, CultureInfo.InvariantCulture) };
    var market = ReducedMarket.From(spec);

    using var self = Process.GetCurrentProcess();
    var cpuBefore = self.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var figures = ReferenceLoop.Run(market);
    clock.Stop();
    self.Refresh();
    var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
    var line = ReferenceLine.Of(spec.Name, figures, clock.Elapsed.TotalSeconds, cpu);
    Console.WriteLine(JsonSerializer.Serialize(line, ReferenceLine.Json));
    return 0;
}
catch (Exception e) when (e is NotSupportedException or FormatException or OverflowException or ArgumentException or ScenarioException or IOException)
{
    return Fail(e.Message);
}

static int Fail(string message)
{
    Console.Error.WriteLine("crowdsim-reference: " + message.ReplaceLineEndings(" "));
    return 2;
}
