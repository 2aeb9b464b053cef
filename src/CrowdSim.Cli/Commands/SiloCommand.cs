using System.CommandLine;
using System.Globalization;
using System.Net;
using CrowdSim.Runs.Hosting;
using Microsoft.Extensions.Hosting;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim silo --cluster redis://HOST:PORT</c>: runs one silo of a CrowdSim cluster until
/// Ctrl-C or SIGTERM, then leaves the cluster cleanly. It listens on its <c>--address</c> only. On
/// Kubernetes the pod's name and IP come from the POD_NAME and POD_IP environment variables, and the
/// Redis password from CROWDSIM_REDIS_PASSWORD. Ports that cannot be listened on are the user's
/// input (exit 2); a Redis that does not answer is the environment's (exit 1), said in one line.
/// </summary>
internal sealed class SiloCommand : Command
{
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    private readonly CommandConsole _console;

    public SiloCommand(CommandConsole console)
        : base("silo", "Run one silo of a CrowdSim cluster until Ctrl-C or SIGTERM, then leave the cluster cleanly (docs/CLUSTER.md).")
    {
        _console = console;
        foreach (var option in new Option[] { Cluster, SiloName, Address, Port, GatewayPort })
            Add(option);
        Validators.Add(result =>
        {
            if (result.GetResult(Cluster) is null)
                result.AddError("--cluster redis://HOST:PORT is required: the Redis that holds the cluster's membership");
        });
        SetAction(ExecuteAsync);
    }

    public Option<string?> Cluster { get; } = CliOptions.Cluster(
        $"The Redis that holds the cluster's membership (required); redis://:PASSWORD@HOST:PORT with a password (or set {ClusterAddress.PasswordVariable}), rediss:// for TLS.");

    public Option<string?> SiloName { get; } = CliOptions.Text("--name", "NAME", "The silo's name.", "$POD_NAME, else <machine>-<process id>");

    public Option<IPAddress?> Address { get; } = new("--address")
    {
        HelpName = "IP",
        Description = CliOptions.WithDefault("The address other silos and clients reach this silo at; the silo listens on it only.", "$POD_IP, else 127.0.0.1"),
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (IPAddress.TryParse(text, out var address))
                return address;
            result.AddError($"--address expects an IP address like 10.0.0.5, got '{text}'");
            return null;
        },
    };

    public Option<int> Port { get; } = CliOptions.Whole("--port", "P", "Silo-to-silo port.", 0, 65535, DefaultSiloPort);

    public Option<int> GatewayPort { get; } = CliOptions.Whole("--gateway-port", "G", "Port clients connect to.", 0, 65535, DefaultGatewayPort);

    private async Task<int> ExecuteAsync(ParseResult parse, CancellationToken cancellation)
    {
        var clusterAddress = ClusterAddress.Parse(parse.GetValue(Cluster)!).WithEnvironmentPassword();
        var name = parse.GetValue(SiloName) ?? Environment.GetEnvironmentVariable("POD_NAME") ?? $"{Environment.MachineName}-{Environment.ProcessId}";
        var address = parse.GetValue(Address) ?? PodAddress();
        var port = parse.GetValue(Port);
        var gatewayPort = parse.GetValue(GatewayPort);
        if (SiloEndpoints.CannotListen(address, 0) is { } notHere)
            throw new UsageException($"--address {address}: {notHere}");
        foreach (var (option, number) in new[] { ("--port", port), ("--gateway-port", gatewayPort) })
        {
            if (number != 0 && SiloEndpoints.CannotListen(address, number) is { } problem)
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option} {number}: {problem}"));
        }
        await RedisProbe.CheckAsync(clusterAddress, cancellation);

        // Ctrl-C and SIGTERM cancel `cancellation` (Program.cs).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var host = ClusterHosting.Silo(clusterAddress, address, port, gatewayPort, name);
        try
        {
            await host.StartAsync(cancellation);
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            throw new ClusterUnavailableException(
                clusterAddress.Scrub($"silo {name} could not join the cluster at {clusterAddress}: {e.Message.Split('\n', 2)[0].Trim()}"), e);
        }
        await _console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"silo {name} joined the cluster at {clusterAddress} (silo {address}:{port}, gateway {gatewayPort}); Ctrl-C or SIGTERM stops it"));
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop.
        }
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(grace.Token);
        await _console.Out.WriteLineAsync($"silo {name} left the cluster");
        return ExitCodes.Success;
    }

    private static IPAddress PodAddress()
    {
        var text = Environment.GetEnvironmentVariable("POD_IP") ?? "127.0.0.1";
        return IPAddress.TryParse(text, out var address)
            ? address
            : throw new UsageException($"POD_IP expects an IP address like 10.0.0.5, got '{text}'");
    }
}
