using System.Text;

namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// Reads a scenario file's text: only from a regular file (never a pipe, a device or a folder,
/// which could block or never end), never more than <see cref="MaxBytes"/> whatever the file
/// claims, and only as UTF-8: a byte that is not UTF-8 is refused with its position rather than
/// read as U+FFFD.
/// </summary>
internal static class ScenarioFile
{
    /// <summary>Largest scenario file accepted, in bytes (10 MB).</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    // The byte order marks of UTF-16, which File.ReadAllText used to accept: say what to do with such a file.
    private static readonly byte[] Utf16LittleEndian = [0xFF, 0xFE], Utf16BigEndian = [0xFE, 0xFF];

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null with <paramref name="problem"/> saying why it cannot be had.</summary>
    public static string? Read(string path, out string problem)
    {
        problem = "";
        try
        {
            var type = FileTypes.Of(path);
            if (type == FileType.Missing)
                problem = "file not found";
            else if (type != FileType.Regular)
                problem = $"not a regular file ({FileTypes.Describe(type)})";
            else if (new FileInfo(path).Length > MaxBytes)
                problem = TooLarge(new FileInfo(path).Length);
            else if (ReadBounded(path) is not { } bytes)
                problem = FormattableString.Invariant($"the file grew past 10 MB ({MaxBytes:N0} bytes), the limit for scenario files, while it was read");
            else
                return Decode(bytes, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"could not read the file: {e.Message}";
        }
        return null;
    }

    public static string TooLarge(long bytes) =>
        FormattableString.Invariant($"the file is {bytes:N0} bytes; scenario files are limited to 10 MB ({MaxBytes:N0} bytes)");

    /// <summary>At most <see cref="MaxBytes"/> bytes of the file; null when it holds more (it may have grown since its length was read).</summary>
    private static byte[]? ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        using var bytes = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, MaxBytes + 1 - bytes.Length))) > 0)
        {
            bytes.Write(buffer, 0, read);
            if (bytes.Length > MaxBytes)
                return null;
        }
        return bytes.ToArray();
    }

    /// <summary>The text of UTF-8 <paramref name="bytes"/> (a byte order mark dropped), or null with the position of the first invalid byte.</summary>
    private static string? Decode(byte[] bytes, out string problem)
    {
        problem = "";
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = start + Math.Max(0, e.Index);
            var line = bytes.AsSpan(0, Math.Min(at, bytes.Length)).Count((byte)'\n') + 1;
            var utf16 = bytes.AsSpan().StartsWith(Utf16LittleEndian) || bytes.AsSpan().StartsWith(Utf16BigEndian) ? " (the file is UTF-16: save it as UTF-8)" : "";
            problem = FormattableString.Invariant($"invalid UTF-8 at byte offset {at} (line {line}); scenario files are UTF-8 text{utf16}");
            return null;
        }
    }
}
