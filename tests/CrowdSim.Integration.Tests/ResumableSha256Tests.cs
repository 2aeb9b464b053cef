using System.Security.Cryptography;
using CrowdSim.Runs.Output;

namespace CrowdSim.Integration.Tests;

/// <summary>The SHA-256 whose state a checkpoint keeps gives .NET's digest, however its bytes arrive and wherever it was saved and restored.</summary>
public class ResumableSha256Tests
{
    [Fact]
    public void Hash_OfBytesInRandomPieces_SavedAndRestoredOnTheWay_IsTheSha256OfAllOfThem()
    {
        var random = new Random(14);
        for (var trial = 0; trial < 500; trial++)
        {
            var data = new byte[random.Next(0, 700)];
            random.NextBytes(data);
            var hash = new ResumableSha256();
            var at = 0;
            while (at < data.Length)
            {
                var piece = random.Next(0, Math.Min(150, data.Length - at) + 1);
                hash.Append(data.AsSpan(at, piece));
                at += piece;
                if (random.Next(3) == 0)
                    hash = ResumableSha256.Restore(hash.Save());
                if (random.Next(5) == 0)
                    _ = hash.Hash();
            }

            Assert.Equal(SHA256.HashData(data), hash.Hash());
            Assert.Equal(data.Length, hash.Length);
        }
    }

    [Fact]
    public void Hash_OfNothing_IsTheKnownEmptyDigest() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexStringLower(new ResumableSha256().Hash()));

    [Fact]
    public void Restore_RefusesAStateOfTheWrongSize()
    {
        var hash = new ResumableSha256();
        hash.Append("abc"u8);
        var state = hash.Save();

        Assert.Throws<FormatException>(() => ResumableSha256.Restore(state.AsSpan(0, state.Length - 1)));
        Assert.Throws<FormatException>(() => ResumableSha256.Restore(new byte[10]));
    }

    /// <summary>The native hash a run without checkpoints uses gives the same digest as the resumable one: resultHash does not depend on --checkpoint-every.</summary>
    [Fact]
    public void NativeSha256_OfBytesInRandomPieces_GivesTheDigestOfTheResumableOne()
    {
        var random = new Random(16);
        for (var trial = 0; trial < 200; trial++)
        {
            var data = new byte[random.Next(0, 5000)];
            random.NextBytes(data);
            using var native = new NativeSha256();
            var resumable = new ResumableSha256();
            var at = 0;
            while (at < data.Length)
            {
                var piece = random.Next(0, Math.Min(300, data.Length - at) + 1);
                native.Append(data.AsSpan(at, piece));
                resumable.Append(data.AsSpan(at, piece));
                at += piece;
                if (random.Next(5) == 0)
                    Assert.Equal(resumable.Hash(), native.Hash());
            }

            Assert.Equal(resumable.Hash(), native.Hash());
            Assert.Equal(data.Length, native.Length);
        }
    }
}
