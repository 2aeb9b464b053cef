using System.Globalization;
using Bogus;

namespace CrowdSim.Results.Naming;

/// <summary>
/// Project code names, e.g. "Teal Keyboard" or "Chips Protocol": two capitalised words from
/// Bogus's English word lists, for people reading results (projects.csv, reports). The name is a
/// pure function of the launch's name seed (Bogus's <see cref="Randomizer"/> with a fixed seed,
/// and the package version pinned centrally). The model only draws the seed
/// (<see cref="CrowdSim.Model.Labs.ProjectLaunch.NameSeed"/>): no outcome depends on a name.
/// </summary>
public static class ProjectNames
{
    private const int MaxRedraws = 16;

    /// <summary>The code name for a launch's name seed.</summary>
    public static string Make(int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        var first = FirstWord(faker);
        var second = SecondWord(faker);
        for (var i = 0; i < MaxRedraws && second == first; i++)
            second = SecondWord(faker);
        return $"{first} {second}";
    }

    private static string FirstWord(Faker faker) => faker.Random.Int(0, 2) switch
    {
        0 => Capitalised(faker.Commerce.Color()),
        1 => Capitalised(faker.Commerce.ProductMaterial()),
        _ => Capitalised(faker.Commerce.Product()),
    };

    private static string SecondWord(Faker faker) =>
        Capitalised(faker.Random.Bool() ? faker.Commerce.Product() : faker.Hacker.Noun());

    // Some entries are two words ("sky blue", "hard drive"): keep the last, so a name is always two words.
    private static string Capitalised(string words)
    {
        var word = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
    }
}
