namespace CrowdSim.Runs.Output;

/// <summary>A text output file with a header line, written line by line, that can be checkpointed and rewound.</summary>
internal sealed class TextOutput : IDisposable
{
    private readonly string _name;
    private readonly StreamWriter _out;

    /// <param name="resume">Open the file an earlier run left (it is rewound before use) instead of creating it.</param>
    public TextOutput(string path, string header, bool resume)
    {
        _name = Path.GetFileName(path);
        if (resume)
        {
            _out = OutputFiles.OpenText(path);
            return;
        }
        _out = OutputFiles.CreateText(path);
        _out.Write(header + "\n");
    }

    public string FileName => _name;

    public StreamWriter Writer => _out;

    public void Flush() => _out.Flush();

    public OutputMark Checkpoint()
    {
        _out.Flush();
        ((FileStream)_out.BaseStream).Flush(flushToDisk: true);
        return new OutputMark(_name, _out.BaseStream.Length, []);
    }

    public void Rewind(OutputMark mark)
    {
        if (mark.File != _name)
            throw new InvalidOperationException($"a mark for {mark.File} given to {_name}");
        _out.Flush();
        if (_out.BaseStream.Length < mark.Length)
            throw new IOException($"{_name} is shorter ({_out.BaseStream.Length} bytes) than at the checkpoint ({mark.Length} bytes)");
        _out.BaseStream.SetLength(mark.Length);
        _out.BaseStream.Seek(0, SeekOrigin.End);
    }

    public void Dispose() => _out.Dispose();
}
