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
        Skip.If(redisServer is null, RedisServer.Missing);
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
        Skip.If(redisServer is null, RedisServer.Missing);
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

    [SkippableFact]
    [Trait("Category", "Cluster")]
    public async Task A_password_protected_Redis_carries_the_cluster_and_the_password_shows_nowhere()
    {
        var redisServer = RedisServer.Find();
        Skip.If(redisServer is null, RedisServer.Missing);
        const string password = "pw-4f9c@x:y/z";
        const string encoded = "pw-4f9c%40x%3Ay%2Fz";

        await using var redis = await RedisServer.StartAsync(redisServer!, password);
        var bare = $"redis://127.0.0.1:{redis.Port}";
        var withPassword = $"redis://:{encoded}@127.0.0.1:{redis.Port}";
        var processes = new List<SiloProcess>();
        try
        {
            // One silo has the password in its address, the other in the environment.
            processes.Add(await SiloProcess.StartAsync(withPassword, "silo-inline"));
            processes.Add(await SiloProcess.StartAsync(bare, "silo-env", new Dictionary<string, string> { [ClusterAddress.PasswordVariable] = password }));
            var clustered = TempFolders.New("clustered-password");
            var run = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--workers-per-grain", "7", "--cluster", withPassword, "--out", clustered, "--quiet");
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Equal(2, await redis.MembersAsync());

            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(clustered, RunFiles.Manifest)));
            Assert.Equal($"redis://:***@127.0.0.1:{redis.Port}", manifest.RootElement.GetProperty("settings").GetProperty("cluster").GetString());
            foreach (var file in Directory.GetFiles(clustered, "*", SearchOption.AllDirectories))
            {
                var bytes = File.ReadAllText(file, System.Text.Encoding.Latin1);
                Assert.False(bytes.Contains("pw-4f9c", StringComparison.Ordinal), $"{file} holds the password");
            }
            Assert.DoesNotContain("pw-4f9c", run.Stdout + run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var silo in processes)
                await silo.DisposeAsync();
        }
        Assert.All(processes, p => Assert.Contains($"joined the cluster at redis://:***@127.0.0.1:{redis.Port}", p.Output, StringComparison.Ordinal));
        Assert.All(processes, p => Assert.DoesNotContain("pw-4f9c", p.Output, StringComparison.Ordinal));
    }

    [SkippableFact]
    [Trait("Category", "Cluster")]
    public async Task Run_on_a_Redis_where_no_silo_has_joined_fails_in_one_line_naming_the_address()
    {
        var redisServer = RedisServer.Find();
        Skip.If(redisServer is null, RedisServer.Missing);
        await using var redis = await RedisServer.StartAsync(redisServer!);
        var cluster = $"redis://127.0.0.1:{redis.Port}";

        var run = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--cluster", cluster, "--out", TempFolders.New("nosilo"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"crowdsim: no silo has joined the cluster at {cluster}: its Redis answers but lists no live silo; start one with `crowdsim silo --cluster {cluster}`\n",
            run.Stderr);
    }

    [SkippableFact]
    [Trait("Category", "Cluster")]
    public async Task A_silo_without_its_Redis_password_fails_in_one_line_naming_the_address()
    {
        var redisServer = RedisServer.Find();
        Skip.If(redisServer is null, RedisServer.Missing);
        await using var redis = await RedisServer.StartAsync(redisServer!, "pw-4f9c");

        var none = await CliProcess.RunAsync(RepoRoot.Path, "silo", "--cluster", $"redis://127.0.0.1:{redis.Port}", "--port", "0", "--gateway-port", "0");
        var wrong = await CliProcess.RunAsync(RepoRoot.Path, "silo", "--cluster", $"redis://:wrong-one@127.0.0.1:{redis.Port}", "--port", "0", "--gateway-port", "0");

        Assert.Equal(1, none.ExitCode);
        Assert.Equal(
            $"crowdsim: cannot reach the cluster's Redis at redis://127.0.0.1:{redis.Port}: Redis asks for a password and none was given; give it as redis://:PASSWORD@HOST:PORT or in CROWDSIM_REDIS_PASSWORD\n",
            none.Stderr);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Equal(
            $"crowdsim: cannot reach the cluster's Redis at redis://:***@127.0.0.1:{redis.Port}: Redis refused the user name and password; give it as redis://:PASSWORD@HOST:PORT or in CROWDSIM_REDIS_PASSWORD\n",
            wrong.Stderr);
    }

    [Fact]
    public async Task Run_against_a_cluster_nobody_listens_on_fails_with_a_clear_message()
    {
        var port = FreePort();
        var run = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--cluster", $"redis://127.0.0.1:{port}", "--out", TempFolders.New("nocluster"), "--quiet");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"crowdsim: cannot reach the cluster's Redis at redis://127.0.0.1:{port}: Connection refused\n", run.Stderr);
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

    private static int FreePort() => RedisServer.FreePort();
}
