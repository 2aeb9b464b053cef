using CrowdSim.Results;

namespace CrowdSim.Reporting.Tests;

public sealed class ReportBuilderInputTests
{
    [Fact]
    public void Build_MissingFolder_SaysThereIsNoSuchFolder()
    {
        var folder = TempFolders.New("missing");

        var error = Assert.Throws<ReportInputException>(() => ReportBuilder.Build(folder));

        Assert.Contains("no such folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FolderWithoutResults_SaysWhatItExpected()
    {
        var folder = TempFolders.New("empty");
        Directory.CreateDirectory(folder);
        try
        {
            var error = Assert.Throws<ReportInputException>(() => ReportBuilder.Build(folder));

            Assert.Contains("holds no results", error.Message, StringComparison.Ordinal);
            Assert.False(ReportBuilder.HasResults(folder));
            Assert.False(File.Exists(Path.Combine(folder, RunFiles.Report)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
