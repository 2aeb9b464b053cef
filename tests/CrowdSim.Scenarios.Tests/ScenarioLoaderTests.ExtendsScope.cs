namespace CrowdSim.Scenarios.Tests;

/// <summary>
/// Which files a scenario may extend (issue 14, item 10): those in the folder of the file given
/// (or <c>--scenario-root</c>) and below it, links resolved; problems are reported at the
/// <c>extends:</c> line, and never quote a file that is not a scenario.
/// </summary>
public sealed partial class ScenarioLoaderTests
{
    private const string OutsideTheFolder = "the folder a scenario may extend files from (the scenario file's own, or --scenario-root DIR)";

    [Fact]
    public void LoadFile_WhenParentIsInASubfolder_FindsIt()
    {
        var folder = new ScenarioFolder()
            .With("shared/base.yaml", MinimalScenario.Yaml)
            .With("child.yaml", "extends: shared/base.yaml\nname: child\n");

        Assert.Equal("child", ScenarioLoader.LoadFile(folder.Path("child.yaml")).Name);
    }

    [Fact]
    public void LoadFile_WhenParentIsBesideTheScenariosFolder_RefusesIt_AtTheExtendsLine()
    {
        var folder = new ScenarioFolder()
            .With("shared/base.yaml", MinimalScenario.Yaml)
            .With("studies/child.yaml", "name: child\nextends: ../shared/base.yaml\n");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("studies/child.yaml")));

        Assert.Equal(
            $"{folder.Path("studies/child.yaml")}:2:10: `extends`: ../shared/base.yaml is outside {folder.Path("studies")}, {OutsideTheFolder}",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_WithAScenarioRootHoldingBoth_FindsTheParentRelativeToTheChild()
    {
        var folder = new ScenarioFolder()
            .With("shared/base.yaml", MinimalScenario.Yaml)
            .With("studies/child.yaml", "extends: ../shared/base.yaml\nname: child\n");

        var loaded = ScenarioLoader.LoadExperiment(folder.Path("studies/child.yaml"), new ScenarioLoadOptions { ScenarioRoot = folder.Root });

        Assert.Equal("child", loaded.Spec.Name);
    }

    [Fact]
    public void LoadFile_ExtendingASystemFile_RefusesIt_WithoutQuotingIt()
    {
        var folder = new ScenarioFolder().With("child.yaml", "extends: ../../../../../../../../etc/passwd\n");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("child.yaml")));

        Assert.Equal(
            $"{folder.Path("child.yaml")}:1:10: `extends`: ../../../../../../../../etc/passwd is outside {folder.Root}, {OutsideTheFolder}",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_ExtendingAFileThatIsNotYaml_RefusesIt_EvenInsideTheRoot()
    {
        var folder = new ScenarioFolder().With("child.yaml", "extends: /etc/passwd\n");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadExperiment(folder.Path("child.yaml"), new ScenarioLoadOptions { ScenarioRoot = "/" }));

        Assert.Equal(
            $"{folder.Path("child.yaml")}:1:10: `extends`: expected a scenario file, whose name ends in .yaml or .yml, got /etc/passwd",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_ExtendingAYamlFileThatIsNotAScenario_SaysSo_WithoutQuotingIt()
    {
        var folder = new ScenarioFolder()
            .With("secrets.yaml", "s3cr3t-t0ken\n")
            .With("child.yaml", "extends: secrets.yaml\n");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("child.yaml")));

        Assert.Equal(
            $"{folder.Path("child.yaml")}:1:10: `extends`: {folder.Path("secrets.yaml")} is not a scenario file: its top level is a single value, not a mapping of scenario keys",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_ExtendingALinkThatLeadsOutOfTheFolder_RefusesIt()
    {
        var outside = new ScenarioFolder().With("base.yaml", MinimalScenario.Yaml);
        var folder = new ScenarioFolder().With("child.yaml", Extends);
        SpecialFiles.Link(folder.Path("base.yaml"), outside.Path("base.yaml"));

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("child.yaml")));

        Assert.Equal(
            $"{folder.Path("child.yaml")}:1:10: `extends`: base.yaml is outside {folder.Root} (through a symbolic link, to {outside.Path("base.yaml")}), {OutsideTheFolder}",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_ExtendingThroughALinkedFolderThatLeadsOut_RefusesIt()
    {
        var outside = new ScenarioFolder().With("base.yaml", MinimalScenario.Yaml);
        var folder = new ScenarioFolder().With("child.yaml", "extends: shared/base.yaml\n");
        SpecialFiles.Link(folder.Path("shared"), outside.Root);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("child.yaml")));

        Assert.Equal(
            $"{folder.Path("child.yaml")}:1:10: `extends`: shared/base.yaml is outside {folder.Root} (through a symbolic link, to {outside.Path("base.yaml")}), {OutsideTheFolder}",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadFile_ExtendingUpFromALinkedFolder_GoesUpFromWhereTheLinkLeads_AsTheSystemDoes()
    {
        // Read as text, shared/../base.yaml is the folder's own base.yaml; opened, it is the one above the link's target.
        var outside = new ScenarioFolder();
        var folder = ScenarioFolder.BaseAndChild("extends: shared/../base.yaml\n");
        SpecialFiles.Link(folder.Path("shared"), outside.Root);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("child.yaml")));

        var reached = Path.Combine(Path.GetDirectoryName(outside.Root)!, "base.yaml");
        Assert.Contains($"(through a symbolic link, to {reached})", Assert.Single(exception.Errors).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_ExtendingALinkThatStaysInTheFolder_FollowsIt()
    {
        var folder = new ScenarioFolder().With("versions/base-v2.yaml", MinimalScenario.Yaml).With("child.yaml", Extends + "name: child\n");
        SpecialFiles.Link(folder.Path("base.yaml"), "versions/base-v2.yaml");

        Assert.Equal("child", ScenarioLoader.LoadFile(folder.Path("child.yaml")).Name);
    }

    [Theory]
    [InlineData("\"base\\0.yaml\"")]
    [InlineData("\"\\0\"")]
    public void LoadFile_ExtendingANameTheSystemRefuses_ReportsIt(string name)
    {
        var folder = ScenarioFolder.BaseAndChild($"extends: {name}\n");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("child.yaml")));

        Assert.Equal((1, 10), (Assert.Single(exception.Errors).Line, exception.Errors[0].Column));
    }

    [Fact]
    public void LoadExperiment_WithAScenarioRootThatDoesNotExist_SaysSo()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends);
        var missing = folder.Path("no-such-folder");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadExperiment(folder.Path("child.yaml"), new ScenarioLoadOptions { ScenarioRoot = missing }));

        Assert.Equal($"--scenario-root: no such folder: {missing}", Assert.Single(exception.Errors).ToString());
    }
}
