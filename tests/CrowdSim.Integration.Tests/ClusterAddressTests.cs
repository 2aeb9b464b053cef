using System.Net;
using CrowdSim.Runs.Hosting;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// <c>--cluster</c> addresses: a password (and user) in the address, rediss:// for TLS, what
/// StackExchange.Redis is given, and the password never shown (ToString, error messages).
/// </summary>
public sealed class ClusterAddressTests
{
    [Theory]
    [InlineData("redis://127.0.0.1:6380", "127.0.0.1", 6380, 0, null, null, false)]
    [InlineData("redis://redis", "redis", 6379, 0, null, null, false)]
    [InlineData("redis://:s3cret@10.0.0.2:6379", "10.0.0.2", 6379, 0, null, "s3cret", false)]
    [InlineData("redis://alice:s3cret@10.0.0.2:6379/2", "10.0.0.2", 6379, 2, "alice", "s3cret", false)]
    [InlineData("rediss://:s3cret@redis.internal:6380", "redis.internal", 6380, 0, null, "s3cret", true)]
    [InlineData("REDISS://redis.internal", "redis.internal", 6379, 0, null, null, true)]
    [InlineData("redis://:p%40ss%3Aw%2Frd@h:1", "h", 1, 0, null, "p@ss:w/rd", false)]
    [InlineData("redis://:p@ss:w/rd@h:1", "h", 1, 0, null, "p@ss:w/rd", false)]
    [InlineData("redis://[::1]:6390", "[::1]", 6390, 0, null, null, false)]
    public void Parse_ReadsHostPortDatabaseUserPasswordAndTls(string text, string host, int port, int database, string? user, string? password, bool tls)
    {
        var address = ClusterAddress.Parse(text);

        Assert.Equal((host, port, database, user, password, tls), (address.Host, address.Port, address.Database, address.User, address.Password, address.Tls));
    }

    [Theory]
    [InlineData("redis://127.0.0.1:6380", "redis://127.0.0.1:6380")]
    [InlineData("redis://:s3cret@10.0.0.2:6379", "redis://:***@10.0.0.2:6379")]
    [InlineData("redis://alice:s3cret@10.0.0.2/2", "redis://alice:***@10.0.0.2:6379/2")]
    [InlineData("rediss://:s3cret@redis.internal", "rediss://:***@redis.internal:6379")]
    public void ToString_HidesThePassword(string text, string shown)
    {
        Assert.Equal(shown, ClusterAddress.Parse(text).ToString());
    }

    [Theory]
    [InlineData("redis://:s3cret@10.0.0.2:6379")]
    [InlineData("redis://alice:s3cret@10.0.0.2/2")]
    [InlineData("rediss://:p@ss:w/rd@h:1")]
    [InlineData("redis://[::1]:6390/15")]
    public void ToSecretString_ReadsBackToTheSameAddress(string text)
    {
        var address = ClusterAddress.Parse(text);

        Assert.Equal(address, ClusterAddress.Parse(address.ToSecretString()));
    }

    [Fact]
    public void RedisOptions_CarryTheEndpointDatabaseUserPasswordAndTls()
    {
        var options = ClusterAddress.Parse("rediss://alice:s3cret@redis.internal:6380/3").RedisOptions();

        Assert.Equal(new DnsEndPoint("redis.internal", 6380), Assert.Single(options.EndPoints));
        Assert.Equal((3, "alice", "s3cret", true, "redis.internal"), (options.DefaultDatabase, options.User, options.Password, options.Ssl, options.SslHost));
        Assert.False(options.AbortOnConnectFail);
    }

    [Fact]
    public void RedisOptions_WithoutPasswordOrTls_AndAnIpAddress()
    {
        var options = ClusterAddress.Parse("redis://[::1]:6390").RedisOptions();

        Assert.Equal(new IPEndPoint(IPAddress.IPv6Loopback, 6390), Assert.Single(options.EndPoints));
        Assert.Equal((0, null, null, false), (options.DefaultDatabase, options.User, options.Password, options.Ssl));
    }

    [Fact]
    public void WithPasswordIfNone_FillsInOnlyAMissingPassword()
    {
        var bare = ClusterAddress.Parse("redis://10.0.0.2");
        var given = ClusterAddress.Parse("redis://:inline@10.0.0.2");

        Assert.Equal("from-env", bare.WithPasswordIfNone("from-env").Password);
        Assert.Equal("redis://:***@10.0.0.2:6379", bare.WithPasswordIfNone("from-env").ToString());
        Assert.Equal("inline", given.WithPasswordIfNone("from-env").Password);
        Assert.Null(bare.WithPasswordIfNone("").Password);
        Assert.Null(bare.WithPasswordIfNone(null).Password);
    }

    [Theory]
    [InlineData("http://localhost:6379", "--cluster expects a Redis address like redis://127.0.0.1:6379 (rediss:// for TLS), got 'http://localhost:6379'")]
    [InlineData("http://u:s3cret@localhost", "--cluster expects a Redis address like redis://127.0.0.1:6379 (rediss:// for TLS), got 'http://u:***@localhost'")]
    [InlineData("redis://:s3cret@127.0.0.1:abc", "--cluster: the port must be a number from 1 to 65535, got 'redis://:***@127.0.0.1:abc'")]
    [InlineData("redis://:s3cret@127.0.0.1:0", "--cluster: the port must be a number from 1 to 65535, got 'redis://:***@127.0.0.1:0'")]
    [InlineData("redis://alice:s3cret@h/16", "--cluster: the database after the '/' must be a number from 0 to 15, got 'redis://alice:***@h/16'")]
    [InlineData("redis://s3cret@127.0.0.1", "--cluster: write a password as redis://:PASSWORD@HOST (with the colon), or a user and password as redis://USER:PASSWORD@HOST, got 'redis://***@127.0.0.1'")]
    [InlineData("redis://:@127.0.0.1", "--cluster: the password after ':' is empty in 'redis://:***@127.0.0.1'; leave out ':@' for none, or set CROWDSIM_REDIS_PASSWORD")]
    [InlineData("redis://:s3cret@", "--cluster: no host in 'redis://:***@'; expected e.g. redis://127.0.0.1:6379")]
    [InlineData("rediss://:s3cret@:6379", "--cluster: no host in 'rediss://:***@:6379'; expected e.g. redis://127.0.0.1:6379")]
    public void Parse_BadAddress_SaysWhatIsWrong_WithoutThePassword(string text, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ClusterAddress.Parse(text));

        Assert.Equal(message, error.Message);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrub_HidesThePasswordWhereverItAppears()
    {
        var address = ClusterAddress.Parse("redis://:p%40ss@h");

        Assert.Equal("auth *** failed, *** again", address.Scrub("auth p@ss failed, p%40ss again"));
    }
}
