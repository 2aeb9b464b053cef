using System.Net;
using System.Net.Sockets;
using Orleans.Configuration;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// Where a silo listens: on the address it advertises and nowhere else. Orleans' silo-to-silo and
/// gateway traffic is neither authenticated nor encrypted, so a silo given <c>--address 10.0.0.5</c>
/// must not also answer on every other interface of its machine (0.0.0.0).
/// </summary>
public static class SiloEndpoints
{
    /// <summary>Sets <paramref name="options"/> to advertise, and listen on, <paramref name="address"/> only.</summary>
    public static void Configure(EndpointOptions options, IPAddress address, int siloPort, int gatewayPort)
    {
        options.AdvertisedIPAddress = address;
        options.SiloPort = siloPort;
        options.GatewayPort = gatewayPort;
        options.SiloListeningEndpoint = new IPEndPoint(address, siloPort);
        options.GatewayListeningEndpoint = new IPEndPoint(address, gatewayPort);
    }

    /// <summary>
    /// Why a silo could not listen on <paramref name="address"/>:<paramref name="port"/> right now
    /// (in use, or not an address of this machine), or null if it can.
    /// </summary>
    public static string? CannotListen(IPAddress address, int port)
    {
        var listener = new TcpListener(address, port);
        try
        {
            listener.Start();
            return null;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return $"{new IPEndPoint(address, port)} is in use (another silo?)";
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressNotAvailable)
        {
            return "not an address of this machine, so the silo cannot listen on it";
        }
        catch (SocketException e)
        {
            return $"cannot listen on {new IPEndPoint(address, port)}: {e.Message}";
        }
        finally
        {
            listener.Dispose();
        }
    }
}
