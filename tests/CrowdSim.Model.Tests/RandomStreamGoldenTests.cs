using System.Globalization;
using CrowdSim.Model.Randomness;
using CrowdSim.Testing;

namespace CrowdSim.Model.Tests;

/// <summary>
/// The first draws of the random stream for fixed keys, pinned in tests/golden/random-stream.txt.
/// Every result of the model follows from these numbers: they change only on purpose.
/// </summary>
[Trait("Category", Golden.Category)]
public class RandomStreamGoldenTests
{
    [Fact]
    public void First_draws_for_fixed_keys_are_the_pinned_ones()
    {
        var lines = new List<string>();
        foreach (var (seed, entity, tick) in new (ulong, ulong, long)[] { (0, 0, 0), (42, 7, 3), (20240308, 123456, 2879), (ulong.MaxValue, 1, -1) })
        {
            foreach (var purpose in Enum.GetValues<StreamPurpose>())
            {
                var rng = RandomStream.For(seed, entity, tick, purpose);
                var bits = string.Join(' ', Enumerable.Range(0, 4).Select(_ => rng.NextBits().ToString("x16", CultureInfo.InvariantCulture)));
                var u = rng.NextDouble().ToString("R", CultureInfo.InvariantCulture);
                lines.Add($"{seed} {entity} {tick} {purpose}: {bits} {u}");
            }
        }
        var difference = Golden.Check("random-stream", string.Join('\n', lines));
        Assert.True(difference is null, difference);
    }
}
