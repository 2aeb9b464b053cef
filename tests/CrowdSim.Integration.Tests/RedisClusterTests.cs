using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CrowdSim.Results;
using CrowdSim.Runs.Hosting;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// A real multi-process cluster: redis-server on a loopback port, two or three `crowdsim silo`
/// processes joined through it, and `crowdsim run --cluster` as a client. The results must be
/// identical to the embedded single-silo run. Skipped, saying so, when redis-server is not
/// installed (.ci/run installs it). These take a minute or two, so they are in the Cluster
/// category, which a plain <c>dotnet test</c> leaves out and .ci/run runs.
/// </summary>
public sealed class RedisClusterTests
{
    [SkippableTheory]
    [Trait("Category", "Cluster")]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Silos_joined_through_Redis_give_the_embedded_runs_resultHash(int silos)
    {
        var redisServer = RedisServer.Find();
        Skip.If(redisServer is null, "redis-server is not installed (apt-get install redis-server); .ci/run installs it");
        var scenario = TestScenarios.Tiny;

        var embedded = TempFolders.New("embedded");
        var alone = await CliProcess.RunAsync(RepoRoot.Path, "run", scenario, "--workers-per-grain", "7", "--out", embedded, "--quiet");
        Assert.True(alone.ExitCode == 0, alone.Stderr);

        await using var redis = await RedisServer.StartAsync(redisServer!);
        var cluster = $"redis://127.0.0.1:{redis.Port}";
        var processes = new List<SiloProcess>();
        try
        {
            for (var s = 0; s < silos; s++)
                processes.Add(await SiloProcess.StartAsync(cluster, $"silo-{s}"));
            var clustered = TempFolders.New("clustered");
            var run = await CliProcess.RunAsync(RepoRoot.Path, "run", scenario, "--workers-per-grain", "7", "--cluster", cluster, "--out", clustered, "--quiet");
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Equal(ResultHash(embedded), ResultHash(clustered));
            Assert.Equal(silos, await redis.MembersAsync());
        }
        finally
        {
            foreach (var silo in processes)
                await silo.DisposeAsync();
        }
        Assert.All(processes, p => Assert.True(p.ExitCode == 0 && p.Output.Contains("left the cluster", StringComparison.Ordinal), p.Output));
    }

    [SkippableFact]
    [Trait("Category", "Cluster")]
    public async Task A_silo_killed_mid_run_is_named_and_the_run_resumes_on_the_others_to_the_same_resultHash()
    {
        var redisServer = RedisServer.Find();
        Skip.If(redisServer is null, "redis-server is not installed (apt-get install redis-server); .ci/run installs it");
        string[] scenario = [TestScenarios.Tiny, "--days", "6", "--workers-per-grain", "10", "--quiet"];

        var embedded = TempFolders.New("embedded-6d");
        var alone = await CliProcess.RunAsync(RepoRoot.Path, ["run", .. scenario, "--out", embedded]);
        Assert.True(alone.ExitCode == 0, alone.Stderr);

        await using var redis = await RedisServer.StartAsync(redisServer!);
        var cluster = $"redis://127.0.0.1:{redis.Port}";
        var processes = new List<SiloProcess>();
        try
        {
            for (var s = 0; s < 3; s++)
                processes.Add(await SiloProcess.StartAsync(cluster, $"silo-{s}"));
            var clustered = TempFolders.New("clustered-killed");
            CliProcess.Outcome outcome;
            using (var run = CliProcess.Start(RepoRoot.Path, ["run", .. scenario, "--cluster", cluster, "--out", clustered, "--checkpoint-every", "1d"]))
            {
                // The first checkpoint is at day 1; 15 cohorts are spread over all three silos, so silo-1 holds some.
                await CheckpointCliTests.WaitForAsync(() => Directory.Exists(Path.Combine(clustered + ".checkpoints", "tick-000096")), run);
                processes[1].Kill();
                outcome = await CliProcess.WaitAsync(run);
            }

            Assert.True(outcome.ExitCode == 0, outcome.Stdout + outcome.Stderr);
            Assert.Matches(@"lost silo 'silo-1' \(127\.0\.0\.1:\d+, dead\) at tick \d+; resuming from the checkpoint at tick \d+", outcome.Stdout);
            Assert.Equal(ResultHash(embedded), ResultHash(clustered));
            Assert.False(Directory.Exists(clustered + ".checkpoints"));
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(clustered, RunFiles.Manifest)));
            var recovery = Assert.Single(manifest.RootElement.GetProperty("recoveries").EnumerateArray());
            Assert.StartsWith("lost silo 'silo-1'", recovery.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Equal(2, await redis.MembersAsync());
        }
        finally
        {
            foreach (var silo in processes)
                await silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task Run_against_a_cluster_nobody_listens_on_fails_with_a_clear_message()
    {
        var port = FreePort();
        var run = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--cluster", $"redis://127.0.0.1:{port}", "--out", TempFolders.New("nocluster"), "--quiet");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"could not connect to a CrowdSim cluster at redis://127.0.0.1:{port}", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_address_that_is_not_redis_is_bad_input()
    {
        var run = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--cluster", "http://localhost:6379");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cluster expects a Redis address like redis://127.0.0.1:6379", run.Stderr, StringComparison.Ordinal);
    }

    private static string ResultHash(string folder)
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, RunFiles.Summary)));
        return summary.RootElement.GetProperty("resultHash").GetString()!;
    }

    private static int FreePort() => EmbeddedCluster.FreePort(IPAddress.Loopback);

    /// <summary>A throwaway redis-server on a free loopback port, nothing saved to disk.</summary>
    private sealed class RedisServer : IAsyncDisposable
    {
        private readonly Process _process;

        private RedisServer(Process process, int port)
        {
            _process = process;
            Port = port;
        }

        public int Port { get; }

        public static string? Find() =>
            (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
                .Append("/usr/bin").Append("/usr/sbin")
                .Select(dir => Path.Combine(dir, "redis-server"))
                .FirstOrDefault(File.Exists);

        public static async Task<RedisServer> StartAsync(string binary)
        {
            var port = FreePort();
            var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
                start.ArgumentList.Add(arg);
            var process = Process.Start(start)!;
            var server = new RedisServer(process, port);
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
            var cli = Path.Combine(Path.GetDirectoryName(Find()!)!, "redis-cli");
            var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--scan" })
                start.ArgumentList.Add(arg);
            using var scan = Process.Start(start)!;
            var keys = (await scan.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            await scan.WaitForExitAsync();
            var members = 0;
            foreach (var key in keys)
            {
                var hget = new ProcessStartInfo(cli) { RedirectStandardOutput = true, UseShellExecute = false };
                foreach (var arg in new[] { "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--raw", "hgetall", key })
                    hget.ArgumentList.Add(arg);
                using var read = Process.Start(hget)!;
                var text = await read.StandardOutput.ReadToEndAsync();
                await read.WaitForExitAsync();
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
    }

    /// <summary>A `crowdsim silo` process; disposing it sends SIGTERM and waits for it to leave.</summary>
    private sealed class SiloProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _output = new();

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

        public static async Task<SiloProcess> StartAsync(string cluster, string name)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "crowdsim.dll"), "silo", "--cluster", cluster, "--name", name,
                "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--gateway-port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
                start.ArgumentList.Add(arg);
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
                Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
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
}
