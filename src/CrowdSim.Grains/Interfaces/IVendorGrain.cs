using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>A vendor: holds its wage policy and keeps its platform's copy of its piece rates current.</summary>
public interface IVendorGrain : IGrainWithStringKey, IRunParticipant
{
    /// <summary>Builds the vendor and passes its rates to its platform (so platforms are initialised first).</summary>
    Task InitAsync(RunSetup setup, int vendor);

    /// <summary>Events phase: applies a wage change or market exit, and passes the new rates to the platform.</summary>
    Task EventAsync(EventMessage message);

    /// <summary>Events phase, in a tick with a pricing review: the vendor's current rates, before any review.</summary>
    Task<long[]> RatesAsync();

    /// <summary>Events phase: reviews the rates under the vendor's pricing rule, and passes them to the platform.</summary>
    Task ReviewAsync(PriceReview review);
}
