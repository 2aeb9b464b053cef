using System.Globalization;
using System.Text.Json;
using CrowdSim.Model.Scenario;
using CrowdSim.Results;
using CrowdSim.Results.Run;
using CrowdSim.Runs.Output;
using CrowdSim.Scenarios;

namespace CrowdSim.Runs.Checkpoints;

/// <summary>
/// A checkpoint folder (by default the results folder's name + <c>.checkpoints</c>):
/// <list type="bullet">
/// <item>run.json and scenario.yaml: the run as asked for;</item>
/// <item>outputs/: the results folder being written (moved into place when the run ends);</item>
/// <item>tick-NNNNNN/: a complete checkpoint (state.bin, checkpoint.json), written under a hidden
/// name and renamed when complete, so a folder with this name is never half-written. The last
/// two are kept.</item>
/// </list>
/// </summary>
public sealed class CheckpointStore
{
    /// <summary>The version of run.json, checkpoint.json and state.bin this build writes and reads.</summary>
    public const int FormatVersion = 3;

    private const int Keep = 2;
    private const string RunFile = "run.json";
    private const string ScenarioFile = "scenario.yaml";
    private const string InfoFile = "checkpoint.json";
    private const string StateName = "state.bin";

    private CheckpointStore(string folder, CheckpointRun run, ScenarioSpec spec)
    {
        Folder = folder;
        Run = run;
        Spec = spec;
    }

    public string Folder { get; }

    public CheckpointRun Run { get; }

    public ScenarioSpec Spec { get; }

    /// <summary>Where the results are written until the run ends.</summary>
    public string OutputsPath => Path.Combine(Folder, "outputs");

    /// <summary>The request the run was started with.</summary>
    public RunRequest Request => new(Run.OutputPath, Run.WorkersPerGrain, Run.ScenarioFile, Run.Reproduce, Run.TaskLog)
    {
        CheckpointEveryTicks = Run.EveryTicks,
        CheckpointFolder = Folder,
        TimeSeriesCsv = Run.TimeSeriesCsv,
    };

    /// <summary>The checkpoint folder used when none is named: beside the results folder.</summary>
    public static string DefaultFolder(string outputPath) =>
        Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + ".checkpoints";

    /// <summary>Starts a new checkpoint folder; it must not exist yet (or be empty).</summary>
    public static CheckpointStore Create(ScenarioSpec spec, RunRequest request)
    {
        var folder = Path.GetFullPath(request.CheckpointFolder ?? DefaultFolder(request.OutputPath));
        if (File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()))
            throw new OutputFolderException($"{folder}: already exists; resume that run with `crowdsim run --resume {folder}`, or delete it");
        var run = new CheckpointRun(FormatVersion, ScenarioHash.Of(spec), Path.GetFullPath(request.OutputPath), request.WorkersPerGrain,
            request.ScenarioFile, request.Reproduce, request.TaskLog, request.CheckpointEveryTicks, request.TimeSeriesCsv);
        Directory.CreateDirectory(folder);
        AtomicFile.Write(Path.Combine(folder, ScenarioFile), System.Text.Encoding.UTF8.GetBytes(ScenarioWriter.ToYaml(spec)));
        AtomicFile.Write(Path.Combine(folder, RunFile), JsonSerializer.SerializeToUtf8Bytes(run, ResultJson.Options));
        Directory.CreateDirectory(Path.Combine(folder, "outputs"));
        return new CheckpointStore(folder, run, spec);
    }

    /// <summary>Opens a checkpoint folder to resume from.</summary>
    public static CheckpointStore Open(string folder)
    {
        folder = Path.GetFullPath(folder);
        var runPath = Path.Combine(folder, RunFile);
        if (!File.Exists(runPath))
            throw new CheckpointException($"{folder}: not a checkpoint folder (no {RunFile}); expected the folder `run --checkpoint-every` wrote");
        var run = ReadJson<CheckpointRun>(runPath);
        CheckpointChecks.Run(run, runPath);
        var spec = ScenarioLoader.LoadFile(Path.Combine(folder, ScenarioFile));
        if (ScenarioHash.Of(spec) != run.ScenarioSha256)
            throw new CheckpointException($"{Path.Combine(folder, ScenarioFile)}: not the scenario the run started with (its hash differs from run.json's)");
        return new CheckpointStore(folder, run, spec);
    }

    /// <summary>The latest complete checkpoint, or null if none has been written yet.</summary>
    public CheckpointInfo? Latest()
    {
        var latest = Completed().LastOrDefault();
        if (latest is null)
            return null;
        var path = Path.Combine(latest, InfoFile);
        var info = ReadJson<CheckpointInfo>(path);
        CheckpointChecks.Info(info, path, TickOf(latest), Spec);
        return info;
    }

    /// <summary>
    /// The checkpoint to resume from: the latest, once its results files are found where it left
    /// them, at least as long as it marked them.
    /// </summary>
    /// <exception cref="CheckpointException">There is none, or a file it needs is missing or cut short.</exception>
    public CheckpointInfo Resumable()
    {
        if (!Directory.Exists(OutputsPath))
        {
            throw new CheckpointException(RunFiles.IsRun(Run.OutputPath)
                ? $"{Folder}: its run has finished, with its results in {Run.OutputPath}; this folder was left behind and can be deleted"
                : $"{OutputsPath}: missing; this folder cannot be resumed, start the run again");
        }
        var from = Latest() ?? throw new CheckpointException($"{Folder}: the run stopped before its first checkpoint; start it again");
        foreach (var mark in from.Outputs)
        {
            // timeseries.csv without --timeseries-csv is only hashed: its running hash is in the mark, there is no file.
            if (mark.File == RunFiles.TimeSeries && !Run.TimeSeriesCsv)
                continue;
            var file = new FileInfo(Path.Combine(OutputsPath, mark.File));
            if (!file.Exists)
                throw new CheckpointException($"{file.FullName}: missing; the checkpoint at tick {from.Tick} needs it, so this folder cannot be resumed");
            if (file.Length < mark.Length)
                throw new CheckpointException($"{file.FullName}: {file.Length} bytes, shorter than the {mark.Length} the checkpoint at tick {from.Tick} needs, so this folder cannot be resumed");
        }
        return from;
    }

    /// <summary>The state file of <paramref name="checkpoint"/>.</summary>
    public string StatePath(CheckpointInfo checkpoint) => Path.Combine(Folder, Name(checkpoint.Tick), StateName);

    /// <summary>
    /// Writes a checkpoint after <paramref name="tick"/> ticks: the state (through
    /// <paramref name="writeState"/>, given the path to write) and the outputs' marks; then drops
    /// all but the latest two.
    /// </summary>
    public async Task<CheckpointInfo> SaveAsync(
        int tick, double simulatedDays, IReadOnlyList<OutputMark> outputs, IReadOnlyList<RunRecovery> recoveries, Func<string, Task<(string Sha256, long Bytes)>> writeState)
    {
        var staging = Path.Combine(Folder, "." + Name(tick) + ".partial");
        if (Directory.Exists(staging))
            Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        var (sha, bytes) = await writeState(Path.Combine(staging, StateName));
        var info = new CheckpointInfo(FormatVersion, tick, simulatedDays, outputs, sha, bytes, recoveries);
        AtomicFile.Write(Path.Combine(staging, InfoFile), JsonSerializer.SerializeToUtf8Bytes(info, ResultJson.Options));
        var final = Path.Combine(Folder, Name(tick));
        if (Directory.Exists(final))
            Directory.Delete(final, recursive: true);
        Directory.Move(staging, final);
        foreach (var old in Completed().SkipLast(Keep))
            Directory.Delete(old, recursive: true);
        return info;
    }

    /// <summary>Removes the folder (once its outputs have been moved into place); run.json first, so that a folder half removed is plainly not one to resume.</summary>
    public void Delete()
    {
        File.Delete(Path.Combine(Folder, RunFile));
        Directory.Delete(Folder, recursive: true);
    }

    private IEnumerable<string> Completed() =>
        Directory.EnumerateDirectories(Folder, "tick-*").Where(d => int.TryParse(Path.GetFileName(d)["tick-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Where(d => File.Exists(Path.Combine(d, InfoFile)))
            .OrderBy(TickOf);

    private static int TickOf(string folder) => int.Parse(Path.GetFileName(folder)["tick-".Length..], NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Name(int tick) => "tick-" + tick.ToString("D6", CultureInfo.InvariantCulture);

    private static T ReadJson<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), ResultJson.Options)
                ?? throw new CheckpointException($"{path}: empty");
        }
        catch (JsonException e)
        {
            throw new CheckpointException($"{path}: not valid ({e.Message})");
        }
    }
}
