using System.Net;
using System.Net.Sockets;
using CrowdSim.Runs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CrowdSim.Integration.Tests;

/// <summary>A silo listens on the address it advertises (<c>--address</c>) and on no other interface.</summary>
public sealed class SiloEndpointsTests
{
    private static readonly IPAddress PrivateAddress = IPAddress.Parse("10.0.0.5");

    [Fact]
    public void Configure_ListensOnTheAdvertisedAddressOnly()
    {
        var options = new EndpointOptions();

        SiloEndpoints.Configure(options, PrivateAddress, 11111, 30000);

        Assert.Equal(PrivateAddress, options.AdvertisedIPAddress);
        Assert.Equal((11111, 30000), (options.SiloPort, options.GatewayPort));
        Assert.Equal(new IPEndPoint(PrivateAddress, 11111), options.SiloListeningEndpoint);
        Assert.Equal(new IPEndPoint(PrivateAddress, 30000), options.GatewayListeningEndpoint);
    }

    [Fact]
    public void A_silo_host_given_a_non_loopback_address_listens_there_not_on_every_interface()
    {
        // Built, not started: the options are what the silo would listen on.
        using var host = ClusterHosting.Silo(ClusterAddress.Parse("redis://127.0.0.1:6379"), PrivateAddress, 11111, 30000, "s1");

        var options = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;

        Assert.Equal(new IPEndPoint(PrivateAddress, 11111), options.SiloListeningEndpoint);
        Assert.Equal(new IPEndPoint(PrivateAddress, 30000), options.GatewayListeningEndpoint);
        Assert.Equal(PrivateAddress, options.AdvertisedIPAddress);
    }

    [Fact]
    public void CannotListen_NamesAPortInUse_AndAnAddressNotOfThisMachine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        Assert.Equal($"127.0.0.1:{port} is in use (another silo?)", SiloEndpoints.CannotListen(IPAddress.Loopback, port));
        // 198.51.100.0/24 is TEST-NET-2, documentation addresses no machine here has.
        Assert.Equal("not an address of this machine, so the silo cannot listen on it", SiloEndpoints.CannotListen(IPAddress.Parse("198.51.100.77"), 0));
        Assert.Null(SiloEndpoints.CannotListen(IPAddress.Loopback, 0));
    }
}
