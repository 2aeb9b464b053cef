using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Grains.Grains;

/// <summary>
/// What every grain hosting one model object of a run does alike: builds the object from the
/// scenario (<see cref="Attach"/>, from a grain's <c>InitAsync</c>), saves and restores it at a
/// tick barrier, and lets it go when the run is over. A grain called without its object was
/// activated again after losing it, and says so (<see cref="GrainStateLostException"/>).
/// </summary>
/// <typeparam name="TModel">The model class the grain hosts.</typeparam>
public abstract class ParticipantGrain<TModel> : Grain, IRunParticipant
    where TModel : class
{
    private RunSetup? _setup;
    private TModel? _model;

    /// <summary>The run the grain belongs to.</summary>
    protected RunSetup Setup => _setup ?? throw GrainStateLostException.For(this);

    /// <summary>The hosted model object.</summary>
    protected TModel Model => _model ?? throw GrainStateLostException.For(this);

    /// <summary>Which of its kind the grain is (lab, vendor, platform or cohort index).</summary>
    protected int Index { get; private set; }

    public Task RestoreAsync(RunSetup setup, int index, byte[] state)
    {
        Attach(setup, index);
        StateReader.FromBytes(state, r => Restore(Model, r));
        return Task.CompletedTask;
    }

    public Task<byte[]> SaveAsync() => Task.FromResult(StateWriter.ToBytes(w => Save(Model, w)));

    public Task ReleaseAsync()
    {
        _model = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    /// <summary>Builds the model object (and whatever else the grain derives from the run) for the <paramref name="index"/>-th participant of its kind.</summary>
    protected abstract TModel Build(RunSetup setup, int index);

    /// <summary>Writes <paramref name="model"/>'s state.</summary>
    protected abstract void Save(TModel model, StateWriter w);

    /// <summary>Reads back what <see cref="Save"/> wrote into <paramref name="model"/>, just built.</summary>
    protected abstract void Restore(TModel model, StateReader r);

    /// <summary>Joins the run as its <paramref name="index"/>-th participant of this kind, with a model object built from the scenario.</summary>
    protected void Attach(RunSetup setup, int index)
    {
        _setup = setup;
        Index = index;
        _model = Build(setup, index);
    }
}
