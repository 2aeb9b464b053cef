using System.Net;
using System.Net.Sockets;

namespace CrowdSim.Cli.Tests;

/// <summary>
/// A cluster that cannot be used is one line on standard error naming the address (never its
/// password) and the reason, within seconds: exit 1 when the network or Redis is at fault, exit 2
/// when the command line is. Redis that answers but has no silo is in the Cluster category
/// (RedisClusterTests), which needs redis-server.
/// </summary>
public class ClusterErrorTests
{
    [Fact]
    public async Task Run_WhenRedisDoesNotAnswer_ExitsOne_WithOneLineNamingTheAddress()
    {
        using var cli = new CapturedCommandLine();
        var port = ClosedPort();

        var exit = await cli.RunAsync("run", TestScenarios.Tiny, "--cluster", $"redis://127.0.0.1:{port}", "--out", TempFolders.New("no-redis"), "--quiet");

        Assert.Equal(1, exit);
        Assert.Equal($"crowdsim: cannot reach the cluster's Redis at redis://127.0.0.1:{port}: Connection refused\n", cli.Error);
    }

    [Fact]
    public async Task Run_WhenRedisDoesNotAnswer_HidesThePasswordOfTheAddress()
    {
        using var cli = new CapturedCommandLine();
        var port = ClosedPort();

        var exit = await cli.RunAsync("run", TestScenarios.Tiny, "--cluster", $"redis://alice:s3cret@127.0.0.1:{port}/2", "--out", TempFolders.New("no-redis-pw"), "--quiet");

        Assert.Equal(1, exit);
        Assert.Equal($"crowdsim: cannot reach the cluster's Redis at redis://alice:***@127.0.0.1:{port}/2: Connection refused\n", cli.Error);
    }

    [Fact]
    public async Task Silo_WhenRedisDoesNotAnswer_ExitsOne_WithOneLineNamingTheAddress()
    {
        using var cli = new CapturedCommandLine();
        var port = ClosedPort();

        var exit = await cli.RunAsync("silo", "--cluster", $"redis://:s3cret@127.0.0.1:{port}", "--port", "0", "--gateway-port", "0");

        Assert.Equal(1, exit);
        Assert.Equal($"crowdsim: cannot reach the cluster's Redis at redis://:***@127.0.0.1:{port}: Connection refused\n", cli.Error);
        Assert.Equal("", cli.Out);
    }

    [Fact]
    public async Task Silo_OnAnAddressNotOfThisMachine_ExitsTwo()
    {
        using var cli = new CapturedCommandLine();

        // 198.51.100.0/24 is TEST-NET-2, documentation addresses no machine here has.
        var exit = await cli.RunAsync("silo", "--cluster", $"redis://127.0.0.1:{ClosedPort()}", "--address", "198.51.100.7");

        Assert.Equal(2, exit);
        Assert.Equal("crowdsim: --address 198.51.100.7: not an address of this machine, so the silo cannot listen on it\n", cli.Error);
    }

    [Fact]
    public async Task Silo_OnAPortInUse_ExitsTwo()
    {
        using var cli = new CapturedCommandLine();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var exit = await cli.RunAsync("silo", "--cluster", $"redis://127.0.0.1:{ClosedPort()}", "--address", "127.0.0.1", "--port", "0", "--gateway-port", $"{port}");

        Assert.Equal(2, exit);
        Assert.Equal($"crowdsim: --gateway-port {port}: 127.0.0.1:{port} is in use (another silo?)\n", cli.Error);
    }

    [Theory]
    [InlineData("run", "s.yaml", "--cluster", "redis://:s3cret@127.0.0.1:abc")]
    [InlineData("run", "s.yaml", "--cluster", "redis://s3cret@127.0.0.1")]
    [InlineData("silo", "--cluster", "rediss://alice:s3cret@")]
    [InlineData("compare", "a.yaml", "b.yaml", "--cluster", "http://:s3cret@127.0.0.1")]
    public async Task BadClusterAddress_ExitsTwo_InOneLine_WithoutThePassword(params string[] args)
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Single(cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--cluster", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", cli.Error, StringComparison.Ordinal);
    }

    // A loopback port nobody listens on.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
