using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Grains.Placement;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Vendors;

namespace CrowdSim.Grains.Grains;

/// <summary>Hosts a <see cref="VendorBook"/>: passes the vendor's piece rates to its platform at the start, whenever an event changes them and after each pricing review.</summary>
[HubPlacement]
public sealed class VendorGrain : ParticipantGrain<VendorBook>, IVendorGrain
{
    public Task InitAsync(RunSetup setup, int vendor)
    {
        Attach(setup, vendor);
        return PublishRatesAsync();
    }

    public Task EventAsync(EventMessage message)
    {
        Model.Apply(message.Event);
        return PublishRatesAsync();
    }

    public Task<long[]> RatesAsync() => Task.FromResult(Model.Rates);

    public Task ReviewAsync(PriceReview review)
    {
        Model.Review(review.Signal, review.AllRates);
        return PublishRatesAsync();
    }

    protected override VendorBook Build(RunSetup setup, int index) => new(setup.Scenario, index);

    protected override void Save(VendorBook model, StateWriter w) => model.Save(w);

    protected override void Restore(VendorBook model, StateReader r) => model.Restore(r);

    private Task PublishRatesAsync() =>
        GrainFactory.GetGrain<IPlatformGrain>(GrainKeys.Platform(Setup.RunId, Model.Platform)).SetVendorRatesAsync(Index, Model.Rates);
}
