using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Runs.Output;

/// <summary>Streams projects.csv: one row per project launch or batch, with the code name workers would see.</summary>
internal sealed class ProjectsWriter : ITickOutput
{
    public const string Header = "tick,hours,lab,taskType,codeName,kind,tasks";

    private readonly TextOutput _file;
    private readonly StreamWriter _out;
    private readonly ScenarioSpec _spec;

    /// <param name="resume">Open the file a checkpointed run left, to be rewound to its mark.</param>
    public ProjectsWriter(string path, ScenarioSpec spec, bool resume = false)
    {
        _file = new TextOutput(path, Header, resume);
        _out = _file.Writer;
        _spec = spec;
    }

    public void Write(TickReport report)
    {
        foreach (var p in report.Projects)
        {
            _out.Write(string.Join(',',
                Invariant.Format(report.Tick),
                Invariant.Format(SimTime.ToHours(p.AtMs)),
                _spec.Labs[p.Lab].Id,
                _spec.TaskTypes[p.TaskType].Id,
                p.CodeName,
                p.Kind,
                Invariant.Format(p.Tasks)));
            _out.Write('\n');
        }
    }

    public void Finish(IReadOnlyList<Model.Workers.WorkerRecord> workers) => _file.Flush();

    public string FileName => _file.FileName;

    public OutputMark Checkpoint() => _file.Checkpoint();

    public void Rewind(OutputMark mark) => _file.Rewind(mark);

    public void Dispose() => _file.Dispose();
}
