using System.Text;

namespace CrowdSim.Runs.Output;

/// <summary>How result files are opened: UTF-8 without a byte-order mark, '\n' line ends on every OS.</summary>
internal static class OutputFiles
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static StreamWriter CreateText(string path) => new(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = "\n" };

    /// <summary>Opens a text file a checkpointed run had written, to be rewound and appended to.</summary>
    public static StreamWriter OpenText(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16), Utf8) { NewLine = "\n" };
}
