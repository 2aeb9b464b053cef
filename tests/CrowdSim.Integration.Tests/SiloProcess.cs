using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CrowdSim.Integration.Tests;

/// <summary>A `crowdsim silo` process; disposing it sends SIGTERM and waits for it to leave.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process)
    {
        _process = process;
    }

    public int ExitCode { get; private set; } = -1;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts a silo of <paramref name="cluster"/> on free loopback ports and waits (at most 60 s) until it has joined.</summary>
    /// <param name="environment">Extra environment variables (CROWDSIM_REDIS_PASSWORD, say).</param>
    public static async Task<SiloProcess> StartAsync(string cluster, string name, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            CliProcess.Dll, "silo", "--cluster", cluster, "--name", name,
            "--port", RedisServer.FreePort().ToString(CultureInfo.InvariantCulture),
            "--gateway-port", RedisServer.FreePort().ToString(CultureInfo.InvariantCulture),
        })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        var silo = new SiloProcess(Process.Start(start)!);
        var joined = new TaskCompletionSource();
        silo._process.OutputDataReceived += (_, e) => silo.Collect(e.Data, joined);
        silo._process.ErrorDataReceived += (_, e) => silo.Collect(e.Data, joined);
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        var done = await Task.WhenAny(joined.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (done != joined.Task)
            throw new InvalidOperationException($"silo {name} did not join within 60 s: {silo.Output}");
        return silo;
    }

    private void Collect(string? line, TaskCompletionSource joined)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        if (line.Contains("joined the cluster", StringComparison.Ordinal))
            joined.TrySetResult();
    }

    /// <summary>Kills the silo outright (SIGKILL): no goodbye to the cluster, its grains simply gone.</summary>
    public void Kill() => _process.Kill();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        ExitCode = _process.ExitCode;
        _process.Dispose();
    }
}
