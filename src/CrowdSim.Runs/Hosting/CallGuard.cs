using System.Diagnostics;
using CrowdSim.Grains;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// Awaits one run's grain calls. On a multi-silo cluster it also watches the membership of the
/// silos the run started on, once a second while a call is pending, so that a lost silo ends the
/// wait at once (<see cref="SiloLostException"/>), and a call that failed because a silo went
/// (or reached a grain that came back without its state) says which. On the embedded silo it only awaits.
/// </summary>
internal sealed class CallGuard
{
    private static readonly TimeSpan WatchEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FailureDiagnosis = TimeSpan.FromSeconds(60);

    private readonly ISiloWatch? _watch;
    private readonly IReadOnlySet<string> _silos;
    private readonly CancellationToken _cancellation;

    private CallGuard(ISiloWatch? watch, IReadOnlySet<string> silos, CancellationToken cancellation)
    {
        _watch = watch;
        _silos = silos;
        _cancellation = cancellation;
    }

    /// <summary>A guard for a run starting now on the cluster <paramref name="watch"/> watches (null: the embedded silo).</summary>
    public static async Task<CallGuard> StartAsync(ISiloWatch? watch, CancellationToken cancellation)
    {
        var silos = watch is null ? new HashSet<string>() : await watch.ActiveAsync(cancellation);
        return new CallGuard(watch, silos, cancellation);
    }

    public async Task Await(Task call)
    {
        if (_watch is null)
        {
            await call;
            return;
        }
        while (await Task.WhenAny(call, Task.Delay(WatchEvery, _cancellation)) != call)
        {
            _cancellation.ThrowIfCancellationRequested();
            if (await _watch.LostAsync(_silos, _cancellation) is { } lost)
            {
                Observe(call);
                throw new SiloLostException(lost);
            }
        }
        try
        {
            await call;
        }
        catch (Exception e) when (e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException or GrainStateLostException)
        {
            // Orleans may fail the call, or a grain come back empty, before the membership table says why: wait for it to.
            var diagnosis = Stopwatch.StartNew();
            while (diagnosis.Elapsed < FailureDiagnosis)
            {
                if (await _watch.LostAsync(_silos, _cancellation) is { } lost)
                    throw new SiloLostException(lost);
                await Task.Delay(WatchEvery, _cancellation);
            }
            throw;
        }
    }

    public async Task<T> Await<T>(Task<T> call)
    {
        await Await((Task)call);
        return await call;
    }

    /// <summary>Keeps a task that is no longer awaited from raising an unobserved exception.</summary>
    public static void Observe(Task task) =>
        task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
