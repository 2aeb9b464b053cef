using CrowdSim.Results.Naming;

namespace CrowdSim.Results.Tests.Naming;

public class ProjectNamesTests
{
    [Fact]
    public void Make_AnySeed_GivesTwoDifferentCapitalisedWords()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var words = ProjectNames.Make(seed).Split(' ');
            Assert.Equal(2, words.Length);
            Assert.All(words, w => Assert.Matches("^[A-Z][a-z]+$", w));
            Assert.NotEqual(words[0], words[1]);
        }
    }

    [Fact]
    public void Make_DifferentSeeds_GiveVariedNames()
    {
        var names = Enumerable.Range(0, 300).Select(ProjectNames.Make).Distinct().Count();

        Assert.True(names > 250, $"only {names} distinct names in 300");
    }

    /// <summary>
    /// Names are in projects.csv, which the resultHash covers: the first names are pinned in
    /// tests/golden/project-names.txt, so a Bogus upgrade that changes its word lists is noticed.
    /// </summary>
    [Fact]
    [Trait("Category", Golden.Category)]
    public void Make_FixedSeeds_GivesThePinnedNames()
    {
        var lines = new[] { 0, 1, 2, 42, 1_000_000, int.MaxValue }.Select(seed => $"{seed}: {ProjectNames.Make(seed)}");
        var difference = Golden.Check("project-names", string.Join('\n', lines));
        Assert.True(difference is null, difference);
    }
}
