using CrowdSim.Model.Randomness;

namespace CrowdSim.Model.Tests;

public class SplitMix64Tests
{
    [Fact]
    public void At_FromStateZero_GivesTheReferenceSequence()
    {
        // The first outputs of the reference splitmix64.c (Vigna) seeded with 0.
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.At(0, 1));
        Assert.Equal(0x6E789E6AA1B965F4UL, SplitMix64.At(0, 2));
        Assert.Equal(0x06C45D188009454FUL, SplitMix64.At(0, 3));
    }

    [Fact]
    public void At_IsMixOfTheStateAdvancedByGammaPerIndex()
    {
        const ulong state = 20240308;

        Assert.Equal(SplitMix64.Mix(unchecked(state + (5 * SplitMix64.Gamma))), SplitMix64.At(state, 5));
        Assert.Equal(SplitMix64.Mix(state), SplitMix64.At(state, 0));
    }
}
