using CrowdSim.DocGen;

// Regenerates docs/VALIDATION.md (or, with --check, says whether it is current). Run from the
// repository's root, or give the root's path: dotnet run -c Release --project tools/CrowdSim.DocGen [-- --check] [ROOT]
var check = args.Contains("--check");
var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Directory.GetCurrentDirectory();
if (!File.Exists(Path.Combine(root, "global.json")) || !Directory.Exists(Path.Combine(root, "docs")))
{
    await Console.Error.WriteLineAsync($"{root} is not the repository's root (no global.json and docs/ there): run from the root, or give its path.");
    return 2;
}

var path = Path.Combine(root, ValidationDocument.RelativePath);
var generated = ValidationDocument.Generate();
var existing = File.Exists(path) ? (await File.ReadAllTextAsync(path)).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
if (existing == generated)
{
    Console.WriteLine($"{ValidationDocument.RelativePath} is current.");
    return 0;
}
if (check)
{
    await Console.Error.WriteLineAsync(DocumentDiff.Describe(existing, generated, ValidationDocument.RelativePath, ValidationDocument.RegenerateCommand));
    return 1;
}
await File.WriteAllTextAsync(path, generated);
Console.WriteLine($"wrote {ValidationDocument.RelativePath}; review the diff (git diff {ValidationDocument.RelativePath}).");
return 0;
