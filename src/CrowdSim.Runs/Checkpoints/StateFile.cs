using System.Security.Cryptography;
using System.Text;
using CrowdSim.Grains.Interfaces;

namespace CrowdSim.Runs.Checkpoints;

/// <summary>
/// state.bin of a checkpoint: a header (format, scenario hash, tick, workers per grain), the
/// coordinator's state, the run's totals, then every participant's state as (kind, index, bytes)
/// in <see cref="RunParticipants"/> order. States are fetched from, and given back to, a few
/// grains at a time, so neither side ever holds the whole run in one message.
/// </summary>
internal static class StateFile
{
    private const string Magic = "CROWDSIM-CHECKPOINT-STATE";
    private const int InFlight = 8;

    public sealed record Header(int Format, string ScenarioSha256, int Tick, int WorkersPerGrain);

    /// <summary>Writes the file; returns its SHA-256 and length.</summary>
    public static async Task<(string Sha256, long Bytes)> WriteAsync(
        string path, Header header, ICoordinatorGrain coordinator, byte[] totals, RunParticipants participants, Func<Task, Task> watched)
    {
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            using var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(header.Format);
            writer.Write(header.ScenarioSha256);
            writer.Write(header.Tick);
            writer.Write(header.WorkersPerGrain);
            var own = coordinator.SaveAsync();
            await watched(own);
            WriteBlock(writer, await own);
            WriteBlock(writer, totals);
            foreach (var batch in participants.All.Chunk(InFlight))
            {
                var saving = batch.Select(p => participants.Get(p.Kind, p.Index).SaveAsync()).ToArray();
                await watched(Task.WhenAll(saving));
                for (var k = 0; k < batch.Length; k++)
                {
                    writer.Write(batch[k].Kind);
                    writer.Write(batch[k].Index);
                    WriteBlock(writer, await saving[k]);
                }
            }
            writer.Write("end");
            writer.Flush();
            file.Flush(flushToDisk: true);
        }
        return (HashOf(path), new FileInfo(path).Length);
    }

    /// <summary>
    /// Reads the file after checking its hash and header, gives every participant its state, and
    /// returns the coordinator's state and the run's totals.
    /// </summary>
    public static async Task<(byte[] Coordinator, byte[] Totals)> RestoreAsync(
        string path, string sha256, Header expected, RunParticipants participants, Func<Task, Task> watched)
    {
        if (!File.Exists(path))
            throw new CheckpointException($"{path}: missing");
        if (HashOf(path) != sha256)
            throw new CheckpointException($"{path}: damaged (its SHA-256 differs from the one recorded in checkpoint.json)");
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
        try
        {
            Expect(reader.ReadString(), Magic, path);
            var found = new Header(reader.ReadInt32(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            if (found != expected)
                throw new CheckpointException($"{path}: written for {found}, expected {expected}");
            var coordinator = ReadBlock(reader);
            var totals = ReadBlock(reader);
            foreach (var batch in participants.All.Chunk(InFlight))
            {
                var restoring = new List<Task>();
                foreach (var (kind, index) in batch)
                {
                    var at = (reader.ReadString(), reader.ReadInt32());
                    if (at != (kind, index))
                        throw new CheckpointException($"{path}: expected the state of {kind} {index}, found {at.Item1} {at.Item2}");
                    restoring.Add(participants.RestoreAsync(kind, index, ReadBlock(reader)));
                }
                await watched(Task.WhenAll(restoring));
            }
            Expect(reader.ReadString(), "end", path);
            return (coordinator, totals);
        }
        catch (EndOfStreamException)
        {
            throw new CheckpointException($"{path}: ends early");
        }
    }

    public static string HashOf(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    private static void WriteBlock(BinaryWriter writer, byte[] block)
    {
        writer.Write(block.Length);
        writer.Write(block);
    }

    private static byte[] ReadBlock(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length < 0)
            throw new EndOfStreamException();
        var block = reader.ReadBytes(length);
        if (block.Length != length)
            throw new EndOfStreamException();
        return block;
    }

    private static void Expect(string found, string expected, string path)
    {
        if (found != expected)
            throw new CheckpointException($"{path}: expected '{expected}', found '{found}'");
    }
}
