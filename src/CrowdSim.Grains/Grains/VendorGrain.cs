using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Grains.Placement;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors;

namespace CrowdSim.Grains.Grains;

/// <summary>Hosts a <see cref="VendorBook"/>: keeps its platform's copy of the vendor's piece rates current and posts labs' work there.</summary>
[HubPlacement]
public sealed class VendorGrain : Grain, IVendorGrain
{
    private RunSetup? _setup;
    private VendorBook? _book;
    private int _vendor;

    public Task InitAsync(RunSetup setup, int vendor)
    {
        _setup = setup;
        _vendor = vendor;
        _book = new VendorBook(setup.Scenario, vendor);
        return PublishRatesAsync();
    }

    public Task RestoreAsync(RunSetup setup, int index, byte[] state)
    {
        _setup = setup;
        _vendor = index;
        _book = new VendorBook(setup.Scenario, index);
        StateReader.FromBytes(state, _book.Restore);
        return Task.CompletedTask;
    }

    public Task<byte[]> SaveAsync() => Task.FromResult(StateWriter.ToBytes(Book.Save));

    public Task ApplyAsync(EventMessage message)
    {
        Book.Apply(message.Event);
        return PublishRatesAsync();
    }

    public Task PostAsync(TaskBatch batch) => Platform().EnqueueAsync(batch);

    public Task ReleaseAsync()
    {
        _book = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private RunSetup Setup => _setup ?? throw GrainStateLostException.For(this);

    private VendorBook Book => _book ?? throw GrainStateLostException.For(this);

    private Task PublishRatesAsync() => Platform().SetVendorRatesAsync(_vendor, Book.Rates);

    private IPlatformGrain Platform() => GrainFactory.GetGrain<IPlatformGrain>(GrainKeys.Platform(Setup.RunId, Book.Platform));
}
