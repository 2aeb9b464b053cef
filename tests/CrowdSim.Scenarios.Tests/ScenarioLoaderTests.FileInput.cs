using System.Text;

namespace CrowdSim.Scenarios.Tests;

/// <summary>
/// What a scenario is read from (issue 14, items 4 and 10): a regular file only, never a device or
/// a pipe (which never end, or block), whether given or extended; and UTF-8 only.
/// </summary>
public sealed partial class ScenarioLoaderTests
{
    public static TheoryData<string, string> NonRegularFiles => new()
    {
        { "zero device", "character device" },
        { "link to the zero device", "character device" },
        { "named pipe", "named pipe" },
        { "folder", "folder" },
    };

    [Theory]
    [MemberData(nameof(NonRegularFiles))]
    public void LoadFile_OfAFileThatIsNotRegular_RefusesItWithoutReadingIt(string kind, string described)
    {
        var path = NonRegular(new ScenarioFolder(), kind, "scenario.yaml");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));

        Assert.Equal($"{path}: not a regular file (a {described})", Assert.Single(exception.Errors).ToString());
    }

    public static TheoryData<string, string> NonRegularParents => new()
    {
        { "link to the zero device", "character device" },
        { "named pipe", "named pipe" },
        { "folder", "folder" },
    };

    [Theory]
    [MemberData(nameof(NonRegularParents))]
    public void LoadFile_ExtendingAFileThatIsNotRegular_RefusesItAtTheExtendsLine(string kind, string described)
    {
        // The root is wide enough for a link to /dev/zero, so that the file's kind is what stops it.
        var folder = new ScenarioFolder().With("child.yaml", "name: child\nextends: parent.yaml\n");
        var parent = NonRegular(folder, kind, "parent.yaml");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadExperiment(folder.Path("child.yaml"), new ScenarioLoadOptions { ScenarioRoot = "/" }));

        Assert.Equal($"{folder.Path("child.yaml")}:2:10: `extends`: not a regular file (a {described}): {parent}", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_ExtendingTheZeroDeviceByName_IsRefusedAsOutsideTheFolder()
    {
        var folder = new ScenarioFolder().With("child.yaml", "extends: /dev/zero\n");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("child.yaml")));

        Assert.Equal(
            $"{folder.Path("child.yaml")}:1:10: `extends`: /dev/zero is outside {folder.Root}, the folder a scenario may extend files from (the scenario file's own, or --scenario-root DIR)",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_WithAByteThatIsNotUtf8_RefusesItWithItsPosition()
    {
        var folder = new ScenarioFolder();
        var path = folder.Path("latin1.yaml");
        // "name: caf\xE9" in Latin-1: the byte 0xE9 at offset 22, on line 2, is not UTF-8.
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("# a scenario\nname: caf"), 0xE9, .. Encoding.ASCII.GetBytes("\nseed: 1\n")]);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));

        Assert.Equal($"{path}: invalid UTF-8 at byte offset 22 (line 2); scenario files are UTF-8 text", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_ExtendingAFileThatIsNotUtf8_RefusesItAtTheExtendsLine()
    {
        var folder = new ScenarioFolder().With("child.yaml", Extends);
        File.WriteAllBytes(folder.Path("base.yaml"), [.. Encoding.UTF8.GetBytes(MinimalScenario.Yaml), 0xFF]);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("child.yaml")));

        var at = Encoding.UTF8.GetByteCount(MinimalScenario.Yaml);
        var line = MinimalScenario.Yaml.Count(c => c == '\n') + 1;
        Assert.Equal(
            $"{folder.Path("child.yaml")}:1:10: `extends`: invalid UTF-8 at byte offset {at} (line {line}); scenario files are UTF-8 text: {folder.Path("base.yaml")}",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_OfAUtf16File_SaysSo()
    {
        var folder = new ScenarioFolder();
        var path = folder.Path("utf16.yaml");
        File.WriteAllText(path, MinimalScenario.Yaml, Encoding.Unicode);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));

        Assert.Equal($"{path}: invalid UTF-8 at byte offset 0 (line 1); scenario files are UTF-8 text (the file is UTF-16: save it as UTF-8)", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_OfUtf8WithAByteOrderMark_ReadsIt()
    {
        var folder = new ScenarioFolder();
        var path = folder.Path("bom.yaml");
        File.WriteAllText(path, MinimalScenario.Yaml.Replace("name: minimal", "name: café", StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal("café", ScenarioLoader.LoadFile(path).Name);
    }

    /// <summary>Something that is not a regular file, named <paramref name="name"/> in <paramref name="folder"/>.</summary>
    private static string NonRegular(ScenarioFolder folder, string kind, string name)
    {
        var path = folder.Path(name);
        switch (kind)
        {
            case "zero device":
                return "/dev/zero";
            case "link to the zero device":
                return SpecialFiles.Link(path, "/dev/zero");
            case "named pipe":
                return SpecialFiles.Fifo(path);
            default:
                Directory.CreateDirectory(path);
                return path;
        }
    }
}
