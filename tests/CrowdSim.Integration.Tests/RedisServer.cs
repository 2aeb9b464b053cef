using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CrowdSim.Runs.Hosting;

namespace CrowdSim.Integration.Tests;

/// <summary>A throwaway redis-server on a free loopback port, nothing saved to disk, with a password if asked.</summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string? _password;

    private RedisServer(Process process, int port, string? password)
    {
        _process = process;
        _password = password;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The reason to skip a test that needs redis-server, or null when it is installed.</summary>
    public const string Missing = "redis-server is not installed (apt-get install redis-server); .ci/run installs it";

    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Append("/usr/bin").Append("/usr/sbin")
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);

    /// <summary>A free loopback port (nobody listens on it once this returns).</summary>
    public static int FreePort() => EmbeddedCluster.FreePort(IPAddress.Loopback);

    public static async Task<RedisServer> StartAsync(string binary, string? password = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, UseShellExecute = false };
        var args = new List<string> { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" };
        if (password is not null)
            args.AddRange(["--requirepass", password]);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var server = new RedisServer(process, port, password);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        await server.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not start on port {port}");
    }

    /// <summary>How many silos the cluster's membership table lists as active, read with redis-cli.</summary>
    public async Task<int> MembersAsync()
    {
        var keys = (await CliAsync("--scan")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var members = 0;
        foreach (var key in keys)
        {
            var text = await CliAsync("--raw", "hgetall", key);
            members += text.Split('\n').Count(line => line.Contains("\"Status\":\"Active\"", StringComparison.Ordinal) || line.Contains("\"Status\":3", StringComparison.Ordinal));
        }
        return members;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task<string> CliAsync(params string[] command)
    {
        var cli = Path.Combine(Path.GetDirectoryName(Find()!)!, "redis-cli");
        var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-p");
        start.ArgumentList.Add(Port.ToString(CultureInfo.InvariantCulture));
        if (_password is not null)
            start.Environment["REDISCLI_AUTH"] = _password;
        foreach (var arg in command)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }
}
