namespace CrowdSim.Results;

/// <summary>
/// Writes a file so that it is either absent, as it was, or complete: the content goes to
/// <c>NAME.partial</c> beside it, is flushed to disk, and is then renamed over the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var temporary = path + ".partial";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(content);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes text as UTF-8 without a byte-order mark, atomically.</summary>
    public static void WriteText(string path, string text) => Write(path, ResultText.Utf8.GetBytes(text));

    /// <summary>Writes what <paramref name="write"/> puts into the stream, atomically; nothing is left behind if it throws.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var temporary = path + ".partial";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
