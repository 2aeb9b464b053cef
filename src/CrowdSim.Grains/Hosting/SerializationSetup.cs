using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CrowdSim.Grains.Hosting;

/// <summary>
/// The model knows nothing of Orleans, so its types cross grain boundaries through the
/// System.Text.Json codec; the messages that carry them are immutable and not copied within a silo.
/// </summary>
public static class SerializationSetup
{
    /// <summary>Registers the JSON codec for the model's types. Silos and clients must both call it.</summary>
    public static IServiceCollection AddCrowdSimSerialization(this IServiceCollection services) =>
        services.AddSerializer(builder => builder.AddJsonSerializer(isSupported: IsModelType));

    private static bool IsModelType(Type type) =>
        type.Namespace is { } ns && ns.StartsWith("CrowdSim.Model", StringComparison.Ordinal);
}
