using System.Text;

namespace CrowdSim.Results;

/// <summary>How result files hold text: UTF-8 without a byte-order mark, '\n' line ends on every OS.</summary>
public static class ResultText
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const int BufferSize = 1 << 16;

    /// <summary>Creates (or empties) a text file.</summary>
    public static StreamWriter Create(string path) => new(path, append: false, Utf8, BufferSize) { NewLine = "\n" };

    /// <summary>Opens an existing text file for writing from its start, without emptying it (a caller rewinds it first).</summary>
    public static StreamWriter OpenExisting(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read, BufferSize), Utf8) { NewLine = "\n" };

    /// <summary>A text writer over a stream, left open when the writer is disposed.</summary>
    public static StreamWriter Over(Stream stream) => new(stream, Utf8, BufferSize, leaveOpen: true) { NewLine = "\n" };
}
