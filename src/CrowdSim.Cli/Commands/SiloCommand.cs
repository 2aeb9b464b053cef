using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using CrowdSim.Runs.Hosting;
using Microsoft.Extensions.Hosting;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim silo --cluster redis://HOST:PORT</c>: runs one silo of a CrowdSim cluster until
/// Ctrl-C or SIGTERM, then leaves the cluster cleanly. On Kubernetes the pod's name and IP come
/// from the POD_NAME and POD_IP environment variables.
/// </summary>
public static class SiloCommand
{
    public const string Usage = "crowdsim silo --cluster redis://HOST:PORT [--name N] [--address IP] [--port P] [--gateway-port G]";

    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    public static async Task<int> ExecuteAsync(Arguments args, CancellationToken cancellation)
    {
        var cluster = args.Text("cluster") ?? throw new UsageException($"silo needs --cluster: {Usage}");
        var name = args.Text("name") ?? Environment.GetEnvironmentVariable("POD_NAME") ?? $"{Environment.MachineName}-{Environment.ProcessId}";
        var addressText = args.Text("address") ?? Environment.GetEnvironmentVariable("POD_IP") ?? "127.0.0.1";
        var port = (int)(args.Integer("port", 0, 65535) ?? DefaultSiloPort);
        var gatewayPort = (int)(args.Integer("gateway-port", 0, 65535) ?? DefaultGatewayPort);
        args.RejectUnknown();
        if (args.Positional.Count != 0)
            throw new UsageException($"silo takes no positional arguments: {Usage}");
        if (!IPAddress.TryParse(addressText, out var address))
            throw new UsageException($"--address expects an IP address like 10.0.0.5, got '{addressText}'");
        ClusterAddress clusterAddress;
        try
        {
            clusterAddress = ClusterAddress.Parse(cluster);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        using var host = ClusterHosting.Silo(clusterAddress, address, port, gatewayPort, name);
        await host.StartAsync(cancellation);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"silo {name} joined the cluster at {clusterAddress} (silo {address}:{port}, gateway {gatewayPort}); Ctrl-C or SIGTERM stops it"));
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
        Console.WriteLine($"silo {name} left the cluster");
        return ExitCodes.Success;
    }
}
