namespace CrowdSim.Cli.Tests;

/// <summary>
/// Every command that reads a scenario refuses, at once and in one line with exit code 2, a file
/// that is not a regular file (issue 14, item 4) and an <c>extends:</c> that leads out of the
/// scenario's folder (item 10), before anything runs.
/// </summary>
public class ScenarioInputTests
{
    private static readonly string Folder = NewFolder();
    private static int s_counter;

    public static TheoryData<string, string> CommandsAndKinds
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var command in new[] { "validate", "run", "compare", "sweep" })
            {
                foreach (var kind in new[] { "zero device", "named pipe", "link to the zero device" })
                    data.Add(command, kind);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CommandsAndKinds))]
    public async Task AScenarioFileThatIsNotRegular_IsRefusedInOneLine(string command, string kind)
    {
        var (path, described) = kind switch
        {
            "zero device" => ("/dev/zero", "a character device"),
            "named pipe" => (Fifo(), "a named pipe"),
            _ => (SpecialFiles.Link(Path.Combine(Folder, Unique("zero", ".yaml")), "/dev/zero"), "a character device"),
        };
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync(Args(command, path));

        Assert.Equal((2, $"{path}: not a regular file ({described})\n"), (exit, cli.Error));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("sweep")]
    public async Task ExtendingANamedPipe_IsRefusedAtTheExtendsLine(string command)
    {
        var pipe = Fifo();
        var child = Write($"name: child\nextends: {Path.GetFileName(pipe)}\n");
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync(Args(command, child));

        Assert.Equal((2, $"{child}:2:10: `extends`: not a regular file (a named pipe): {pipe}\n"), (exit, cli.Error));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("link")]
    [InlineData("../../../../../../../../etc/passwd")]
    public async Task ExtendingAFileOutsideTheFolder_IsRefusedAtTheExtendsLine_WithoutQuotingIt(string target)
    {
        var name = target == "link" ? Path.GetFileName(SpecialFiles.Link(Path.Combine(Folder, Unique("zero", ".yaml")), "/dev/zero")) : target;
        var child = Write($"extends: {name}\n");
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("validate", child);

        Assert.Equal(2, exit);
        var line = Assert.Single(cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{child}:1:10: `extends`: {name} is outside {Folder}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScenarioRoot_LetsAScenarioExtendAFileAboveItsFolder()
    {
        var shared = Path.Combine(Folder, Unique("shared", ""));
        var studies = Path.Combine(Folder, Unique("studies", ""));
        Directory.CreateDirectory(shared);
        Directory.CreateDirectory(studies);
        File.Copy(TestScenarios.Tiny, Path.Combine(shared, "tiny.yaml"));
        var child = Path.Combine(studies, "child.yaml");
        File.WriteAllText(child, $"extends: ../{Path.GetFileName(shared)}/tiny.yaml\nname: child\n");
        using var refused = new CapturedCommandLine();
        using var allowed = new CapturedCommandLine();

        Assert.Equal(2, await refused.RunAsync("validate", child));
        Assert.Equal(0, await allowed.RunAsync("validate", child, "--scenario-root", Folder));

        Assert.Contains($"{child}:1:10: `extends`: ../{Path.GetFileName(shared)}/tiny.yaml is outside {studies}", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", allowed.Error);
        Assert.StartsWith($"ok {child}: child, 2 days", allowed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScenarioRootThatDoesNotExist_IsRefusedInOneLine()
    {
        var missing = Path.Combine(Folder, "no-such-folder");
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("run", TestScenarios.Tiny, "--scenario-root", missing);

        Assert.Equal((2, $"--scenario-root: no such folder: {missing}\n"), (exit, cli.Error));
    }

    [Fact]
    public async Task AScenarioFileThatIsNotUtf8_IsRefusedWithTheBytesPosition()
    {
        var path = Path.Combine(Folder, Unique("latin1", ".yaml"));
        File.WriteAllBytes(path, [.. "name: caf"u8.ToArray(), 0xE9, (byte)'\n']);
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("validate", path);

        Assert.Equal((2, $"{path}: invalid UTF-8 at byte offset 9 (line 1); scenario files are UTF-8 text\n"), (exit, cli.Error));
    }

    /// <summary>The command line of <paramref name="command"/> reading <paramref name="file"/>, with what else it needs.</summary>
    private static string[] Args(string command, string file) => command switch
    {
        "run" => ["run", file, "--out", Path.Combine(Folder, "never-written")],
        "compare" => ["compare", file, TestScenarios.Tiny, "--out", Path.Combine(Folder, "never-written")],
        "sweep" => ["sweep", file, "--set", "seed=1,2", "--out", Path.Combine(Folder, "never-written")],
        _ => [command, file],
    };

    private static string Fifo() => SpecialFiles.Fifo(Path.Combine(Folder, Unique("pipe", ".yaml")));

    private static string Write(string text)
    {
        var path = Path.Combine(Folder, Unique("child", ".yaml"));
        File.WriteAllText(path, text);
        return path;
    }

    private static string Unique(string name, string extension) => $"{name}-{Interlocked.Increment(ref s_counter)}{extension}";

    private static string NewFolder()
    {
        var folder = TempFolders.New("scenario-input");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
