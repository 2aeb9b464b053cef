using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Binding;
using CrowdSim.Scenarios.Reading;
using Json.Schema;
using Xunit.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Formats = CrowdSim.Scenarios.Reading.Formats;

namespace CrowdSim.Scenarios.Tests;

/// <summary>
/// schema/scenario.schema.json, the editors' view of the format, accepts the bundled scenarios and the
/// documented examples, refuses what the loader refuses, and names exactly the keys the loader takes.
/// </summary>
public sealed partial class SchemaTests(ITestOutputHelper output)
{
    /// <summary>A key no section has: a probe writing it must be told it is unknown.</summary>
    private const string Unknown = "zzUnknownKey";
    private const string SweepSection = "sweep";
    private const string PlannedEventKey = "id";
    private const string Overlay = "Overlay";
    private const BindingFlags AnyStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly string SchemaText = File.ReadAllText(RepoRoot.File("schema/scenario.schema.json"));
    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);
    private static readonly JsonObject SchemaJson = JsonNode.Parse(SchemaText)!.AsObject();

    /// <summary>Keys added to the loader with the schema (and <see cref="PlannedEventKey"/>): excused while the loader does not accept them.</summary>
    private static readonly string[] PlannedTopLevelKeys = ["extends", "replications", SweepSection];

    /// <summary>Each section of the schema and the binder field where the loader declares its keys (events: <c>EventBinder.KeysByType</c>).</summary>
    private static readonly (string Section, string Binder, string Field)[] LoaderKeyLists =
    [
        ("", nameof(ScenarioBinder), "Keys"),
        ("regions", nameof(RegionBinder), "Keys"),
        ("taskTypes", nameof(TaskTypeBinder), "Keys"),
        ("taskTypes.training", nameof(TaskTypeBinder), "TrainingKeys"),
        ("platforms", nameof(PlatformBinder), "Keys"),
        ("platforms.deactivation", nameof(PlatformBinder), "DeactivationKeys"),
        ("platforms.search", nameof(SearchBinder), "Keys"),
        ("platforms.push", nameof(PlatformBinder), "PushKeys"),
        ("platforms.search.sortMix", nameof(SearchBinder), "SortKeys"),
        ("vendors", nameof(VendorBinder), "Keys"),
        ("vendors.pieceRates", nameof(VendorBinder), "PieceRateKeys"),
        ("vendors.wagePolicy", nameof(WagePolicyBinder), "Keys"),
        ("vendors.pricing", nameof(PricingBinder), "Keys"),
        ("labs", nameof(LabBinder), "Keys"),
        ("labs.demand", nameof(DemandBinder), "Keys"),
        ("labs.demand.bursts", nameof(DemandBinder), "BurstKeys"),
        ("labs.demand.requesters", nameof(RequestersBinder), "Keys"),
        ("labs.demand.requesters.restrictToRegions", nameof(RequestersBinder), "RestrictKeys"),
        ("labs.demand.requesters.approvalGate", nameof(RequestersBinder), "GateKeys"),
        ("regions.currency", nameof(RegionBinder), "CurrencyKeys"),
        ("regions.minimumWage", nameof(Currencies), "AmountKeys"),
        ("vendors.pieceRates.rate", nameof(Currencies), "AmountKeys"),
        ("workers.learning", nameof(WorkerPoolBinder), "LearningKeys"),
        ("workers.priorApproved", nameof(WorkerPoolBinder), "PriorApprovedKeys"),
        ("labs.demand.spillover", nameof(SpilloverBinder), "Keys"),
        ("workers", nameof(WorkerPoolBinder), "Keys"),
        ("workers.reservationWage", nameof(WorkerPoolBinder), "ReservationWageKeys"),
        ("workers.nightCheckers", nameof(WorkerPoolBinder), "NightCheckerKeys"),
        ("workers.fatigue", nameof(WorkerPoolBinder), "FatigueKeys"),
        ("workers.adaptation", nameof(ExperienceBinder), "AdaptationKeys"),
        ("workers.discouragement", nameof(ExperienceBinder), "DiscouragementKeys"),
        ("workers.churn", nameof(ChurnBinder), "Keys"),
        ("workers.recruitment", nameof(RecruitmentBinder), "Keys"),
        ("workers.employment", nameof(EmploymentBinder), "Keys"),
        ("measure", nameof(MeasureBinder), "Keys"),
        ("events", nameof(EventBinder), "CommonKeys"),
        // By name, not nameof: excused while the loader does not take `sweep` yet.
        (SweepSection, "ExperimentPlanBinder", "SweepKeys"),
    ];

    public static TheoryData<string> BundledScenarios =>
        [.. RepoRoot.BundledScenarioNames()];

    [Theory]
    [MemberData(nameof(BundledScenarios))]
    public void BundledScenario_Always_IsValid(string file) =>
        AssertValid(File.ReadAllText(RepoRoot.Scenario(file)));

    [Fact]
    public void DocumentationExamples_ReadInOrder_AreValid() =>
        AssertValid(string.Concat(YamlBlock().Matches(File.ReadAllText(RepoRoot.File("docs/SCENARIOS.md"))).Select(m => m.Groups["yaml"].Value)));

    [Fact]
    public void MinimalAndProbeScenarios_Always_AreValidForSchemaAndLoader()
    {
        AssertValid(MinimalScenario.Yaml);
        AssertValid(ProbeScenario);
        Assert.Empty(LoaderErrors(ProbeScenario));
    }

    [Fact]
    public void FileWithExtends_NeedsNoOtherKey() => AssertValid("extends: baseline.yaml\ndays: 10\n");

    /// <summary>Files extending the minimal scenario: items merge by id, so they give only what changes.</summary>
    public static TheoryData<string> ExtendingFiles => new()
    {
        "days: 10\nworkers:\n  - id: ke-crowd\n    count: 500\n    reservationWage: {medianUsd: 0.8}\n",
        "platforms:\n  - {id: open-market, remove: true}\n",
        "vendors:\n  - id: tasklane\n    wagePolicy: {kind: surge, maxMultiplier: 2}\n",
        "workers:\n  - {id: ke-night, region: kenya, count: 20, platforms: [managed-crowd], recruitment: {every: 7d, recruits: 5, bootcampHours: 0, dropOut: 0}}\n",
        "events:\n  - {id: drive, at: day 9, type: recruitment_drive, pool: ke-crowd, recruits: 5}\n",
        "workers:\n  - id: ke-crowd\n    cuont: 5\n",
        "workers:\n  - count: 5\n",
        "platforms:\n  - {id: open-market, remove: false}\n",
        "platforms:\n  - {id: open-market, remove: true, fee: 0}\n",
        "taskTypes:\n  - {id: bbox, reviewShare: 150%}\n",
    };

    [Theory]
    [MemberData(nameof(ExtendingFiles))]
    public void FileWithExtends_Always_IsAcceptedBySchemaExactlyWhenTheLoaderAcceptsIt(string changes)
    {
        if (!LoaderAccepts("", "extends"))
        {
            output.WriteLine("tolerated: the loader does not accept `extends` yet");
            return;
        }
        var folder = Directory.CreateTempSubdirectory("crowdsim-schema-tests-");
        try
        {
            var child = Path.Combine(folder.FullName, "child.yaml");
            File.WriteAllText(Path.Combine(folder.FullName, "base.yaml"), MinimalScenario.Yaml);
            File.WriteAllText(child, "extends: base.yaml\n" + changes);
            var schema = SchemaErrors(File.ReadAllText(child));
            var loader = LoaderErrors(() => ScenarioLoader.LoadFile(child));
            Assert.True(schema.Count == 0 == (loader.Count == 0),
                $"schema says {(schema.Count == 0 ? "valid" : string.Join("; ", schema))}; loader says {(loader.Count == 0 ? "valid" : string.Join("; ", loader))}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void OverlayDefinitions_HaveTheKeysOfTheFullOnes_AndListItemsCanBeRemoved()
    {
        var defs = SchemaJson["$defs"]!.AsObject();
        // What the loader's composer calls the key, once it has one.
        var remove = typeof(ScenarioLoader).Assembly.GetType("CrowdSim.Scenarios.Composition.TreeMerger")?.GetField("RemoveKey", AnyStatic)?.GetValue(null) as string ?? "remove";
        var listItems = SchemaJson["then"]!["properties"]!.AsObject().Select(p => p.Value!["items"]!["$ref"]!.GetValue<string>().Split('/')[^1]).ToHashSet();
        var problems = new List<string>();
        foreach (var (name, overlay) in defs.Where(d => d.Key.EndsWith(Overlay, StringComparison.Ordinal)))
        {
            var full = name[..^Overlay.Length];
            var expected = PropertyNames(defs[full]!.AsObject()).Concat(listItems.Contains(full) ? [remove] : []).ToHashSet();
            var actual = PropertyNames(overlay!.AsObject()).ToHashSet();
            if (!expected.SetEquals(actual))
                problems.Add($"`{name}`: {full} and remove only {Join(expected.Except(actual))}; overlay only {Join(actual.Except(expected))}");
        }
        var overlaid = SchemaJson["else"]!["properties"]!.AsObject().Select(p => p.Value!["items"]!["$ref"]?.GetValue<string>().Split('/')[^1]).OfType<string>();
        Assert.Equal(listItems.Where(item => item != "event").Select(item => item + Overlay).Order(StringComparer.Ordinal), overlaid.Order(StringComparer.Ordinal));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "misspelled key", "    meanMinutes: 2\n", "    meanMinutes: 2\n    reviewShar: 0.2\n" },
        { "misspelled key in a flow mapping", "usd: 0.05}", "usdd: 0.05}" },
        { "share above 1", "    meanMinutes: 2\n", "    meanMinutes: 2\n    reviewShare: 1.5\n" },
        { "percentage above 100", "    meanMinutes: 2\n", "    meanMinutes: 2\n    reviewShare: 150%\n" },
        { "bare number as a duration", "    meanMinutes: 2\n", "    meanMinutes: 2\n    expiry: 48\n" },
        { "unknown event type", "type: task_surge", "type: task_surj" },
        { "unknown policy", "type: task_surge\n    lab: lab-alpha\n    taskType: bbox\n    batch: 500", "type: policy\n    policy: pay-flor" },
        { "parameter of another policy", "type: task_surge\n    lab: lab-alpha\n    taskType: bbox\n    batch: 500", "type: policy\n    policy: pay-floor\n    usdPerHour: 1\n    hours: 8" },
        { "missing required key", "seed: 1\n", "" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_Always_IsRefusedBySchemaAndLoader(string mistake, string find, string replacement)
    {
        var yaml = MinimalScenario.With(find, replacement);
        Assert.NotEmpty(SchemaErrors(yaml));
        Assert.NotEmpty(LoaderErrors(yaml));
        output.WriteLine($"{mistake}: {string.Join("; ", SchemaErrors(yaml))}");
    }

    /// <summary>Edits of the minimal scenario, valid or not, on which schema and loader must agree.</summary>
    public static TheoryData<string, string> Values()
    {
        var data = new TheoryData<string, string>();
        void TaskType(string line) => data.Add("    meanMinutes: 2\n", $"    meanMinutes: 2\n    {line}\n");
        foreach (var expiry in new[] { "0m", "1d12h", "2h30m", "30m2h", "48", "\"\"" })
            TaskType($"expiry: {expiry}");
        foreach (var share in new[] { "0", "1", "100%", "0%", "20 %", "101%", "1.01", "-0.1", "lots" })
            TaskType($"reviewShare: {share}");
        foreach (var window in new[] { "23:00-07:00", "7:00-23:00", "\"08:00-08:00\"", "24:00-07:00", "23:00", "08:00-8:00" })
            data.Add("    minimumWageUsd: 0.6\n", $"    minimumWageUsd: 0.6\n    sleep: {window}\n");
        foreach (var offset in new[] { "\"+14:00\"", "\"+14:30\"", "\"-05:30\"", "5.5", "-14", "15", "\"+3:00\"", "\"+03:60\"" })
            data.Add("utcOffset: \"+03:00\"", $"utcOffset: {offset}");
        foreach (var at in new[] { "day 0", "day 5 23:59", "day 5 24:00", "day 5 6:30", "36h", "0m", "day5", "48" })
            data.Add("at: day 5", $"at: {at}");
        foreach (var hours in new[] { "90m", "1.5", "0", "0m", "-1" })
            data.Add("    platforms: [managed-crowd]\n", $"    platforms: [managed-crowd]\n    sessionHours: {hours}\n");
        foreach (var top in new[] { "days: 30\ntickMinutes: 7", "days: 30\ntickMinutes: 60", "days: 3651", "days: 0" })
            data.Add("days: 30", top);
        data.Add("seed: 1", "seed: -1");
        foreach (var churn in new[] { "none", "nonee", "{weeklyHazard: 2%}", "{weeklyHazard: 2}" })
            data.Add("    platforms: [managed-crowd]\n", $"    platforms: [managed-crowd]\n    churn: {churn}\n");
        foreach (var count in new[] { "2.5", "50000000", "50000001" })
            data.Add("count: 100", $"count: {count}");
        foreach (var policy in Strings(SchemaJson["$defs"]!["policyEvent"]!["properties"]!["policy"]!["enum"]))
        {
            var policyEvent = $"type: policy\n    policy: {policy}";
            data.Add("type: task_surge\n    lab: lab-alpha\n    taskType: bbox\n    batch: 500", policyEvent);
            foreach (var parameter in new[] { "usdPerHour: 1", "hours: 8", "share: 10%", "region: kenya" })
            {
                data.Add("type: task_surge\n    lab: lab-alpha\n    taskType: bbox\n    batch: 500", $"{policyEvent}\n    enabled: false\n    {parameter}");
                data.Add("type: task_surge\n    lab: lab-alpha\n    taskType: bbox\n    batch: 500", $"{policyEvent}\n    {parameter}");
            }
        }
        foreach (var kind in Strings(SchemaJson["$defs"]!["wagePolicyMapping"]!["properties"]!["kind"]!["enum"]))
        {
            foreach (var parameter in new[] { "", ", spillover: 2h", ", maxMultiplier: 2", ", backlogTasks: 10", ", maxMultiplier: 2, backlogTasks: 10", ", spillover: 0m" })
                data.Add("usd: 0.05}\n", $"usd: 0.05}}\n    wagePolicy: {{kind: {kind}{parameter}}}\n");
        }
        foreach (var word in new[] { "fixed", "surge", "fixd" })
            data.Add("usd: 0.05}\n", $"usd: 0.05}}\n    wagePolicy: {word}\n");
        foreach (var id in new[] { "surge-1_b", "123", "\"has space\"", "a.b", "a/b", "\"a,b\"", "kényá", "\"\"" })
            data.Add("    type: task_surge\n", $"    type: task_surge\n    id: {id}\n");
        foreach (var surge in new[] { "multiplier: 2", "multiplier: 2\n    for: 1d", "multiplier: 1", "batch: 0", "batch: 0\n    multiplier: 2\n    for: 0m" })
            data.Add("batch: 500", surge);
        return data;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Value_Always_IsAcceptedBySchemaExactlyWhenTheLoaderAcceptsIt(string find, string replacement)
    {
        var yaml = MinimalScenario.With(find, replacement);
        var schema = SchemaErrors(yaml);
        var loader = LoaderErrors(yaml);
        Assert.True(schema.Count == 0 == (loader.Count == 0),
            $"schema says {(schema.Count == 0 ? "valid" : string.Join("; ", schema))}; loader says {(loader.Count == 0 ? "valid" : string.Join("; ", loader))}");
    }

    [Fact]
    public void SchemaSections_HaveExactlyTheKeysTheLoaderDeclares()
    {
        var loader = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (section, binder, field) in LoaderKeyLists)
        {
            if (DeclaredKeys(binder, field) is { } keys)
                loader[section] = keys;
            else if (section == SweepSection && !LoaderAccepts("", SweepSection))
                output.WriteLine($"tolerated: the loader does not accept `{SweepSection}` yet, so its items' keys are not compared");
            else
                Assert.Fail($"{binder}.{field} not found; has the binder changed? Update {nameof(LoaderKeyLists)}");
        }
        foreach (var (type, keys) in (Dictionary<string, string[]>)BinderType(nameof(EventBinder))!.GetField("KeysByType", AnyStatic)!.GetValue(null)!)
            loader[$"events[{type}]"] = keys;
        var schema = SchemaSections();

        Assert.Equal(loader.Keys.Order(StringComparer.Ordinal), schema.Keys.Where(s => loader.ContainsKey(s) || s != SweepSection).Order(StringComparer.Ordinal));
        var problems = new List<string>();
        foreach (var (section, declared) in loader)
        {
            // A planned key the loader does not declare is excused here; SchemaKeys_AreAllAcceptedByTheLoader checks it is accepted once the loader takes it.
            var expected = declared.Union(PlannedKeys(section)).ToHashSet();
            var actual = PropertyNames(schema[section]).ToHashSet();
            if (!expected.SetEquals(actual))
                problems.Add($"`{section}`: loader only {Join(expected.Except(actual))}; schema only {Join(actual.Except(expected))}");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void BinderKeyLists_NotComparedSectionBySection_AreAllInTheSchema()
    {
        var compared = LoaderKeyLists.Select(l => (l.Binder, l.Field)).ToHashSet();
        var schemaKeys = SchemaSections().Values.SelectMany(PropertyNames).ToHashSet();
        // Event binders' lists are compared through EventBinder.KeysByType.
        var uncovered = typeof(ScenarioLoader).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ScenarioBinder).Namespace && t.GetField("TypeName") is null)
            .SelectMany(t => t.GetFields(AnyStatic).Select(f => (Binder: t.Name, Field: f)))
            .Where(x => x.Field.FieldType == typeof(string[]) && x.Field.Name.EndsWith("Keys", StringComparison.Ordinal) && !compared.Contains((x.Binder, x.Field.Name)))
            .SelectMany(x => ((string[])x.Field.GetValue(null)!).Where(k => !schemaKeys.Contains(k)).Select(k => $"{x.Binder}.{x.Field.Name}: `{k}`"))
            .ToList();
        Assert.True(uncovered.Count == 0, $"keys the schema lacks (add them, and a row to {nameof(LoaderKeyLists)}): {string.Join(", ", uncovered)}");
    }

    [Fact]
    public void SchemaKeys_AreAllAcceptedByTheLoader()
    {
        var problems = new List<string>();
        var sweepAccepted = LoaderAccepts("", SweepSection);
        foreach (var (section, schema) in SchemaSections())
        {
            if (section == SweepSection && !sweepAccepted)
            {
                output.WriteLine("tolerated: the loader does not accept `sweep` yet, so its items' keys are not checked");
                continue;
            }
            if (LoaderAccepts(section, Unknown))
            {
                problems.Add($"`{section}`: the probe scenario has no live marker for this section (an unknown key there is not reported)");
                continue;
            }
            foreach (var key in PropertyNames(schema).Where(key => !LoaderAccepts(section, key)))
            {
                if (PlannedKeys(section).Contains(key))
                    output.WriteLine($"tolerated: the loader does not accept planned key `{key}` in `{section}` yet");
                else
                    problems.Add($"`{section}`: the loader refuses `{key}`");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("    kind: open-marketplace", "    kind: zzz", "platform/properties/kind")]
    [InlineData("      kind: surge", "      kind: zzz", "wagePolicyMapping/properties/kind")]
    [InlineData("    type: market_exit", "    type: zzz", "event/properties/type")]
    [InlineData("    policy: pay-floor", "    policy: zzz", "policyEvent/properties/policy")]
    public void SchemaEnum_Always_ListsTheWordsTheLoaderAccepts(string find, string replacement, string schemaPath)
    {
        var error = Assert.Single(LoaderErrors(ProbeScenario.Edit(find, replacement)), e => e.Contains("expected one of", StringComparison.Ordinal));
        var words = ExpectedOneOf().Match(error).Groups["words"].Value.Split(", ");
        var node = schemaPath.Split('/').Aggregate((JsonNode)SchemaJson["$defs"]!, (n, part) => n[part]!);
        Assert.Equal(words.Order(StringComparer.Ordinal), Strings(node["enum"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TickMinutes_Always_AreTheAllowedOnes() =>
        Assert.Equal(ModelDefaults.AllowedTickMinutes, SchemaJson["properties"]!["tickMinutes"]!["enum"]!.AsArray().Select(n => n!.GetValue<int>()));

    private static void AssertValid(string yaml)
    {
        var errors = SchemaErrors(yaml);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    private static List<string> SchemaErrors(string yaml)
    {
        var results = Schema.Evaluate(ToJson(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        List<string> errors = [.. new[] { results }.Concat(results.Details ?? []).SelectMany(r => (r.Errors ?? new Dictionary<string, string>()).Select(e => $"{r.InstanceLocation}: {e.Value}"))];
        return errors.Count > 0 ? errors : ["invalid"];
    }

    private static List<string> LoaderErrors(string yaml) => LoaderErrors(() => ScenarioLoader.LoadText(yaml, "probe.yaml"));

    private static List<string> LoaderErrors(Func<ScenarioSpec> load)
    {
        try
        {
            load();
            return [];
        }
        catch (ScenarioException e)
        {
            return [.. e.Errors.Select(error => error.Text)];
        }
    }

    /// <summary>Whether the loader takes <paramref name="key"/> in <paramref name="section"/>: written there with an empty value, it is not reported unknown.</summary>
    private static bool LoaderAccepts(string section, string key)
    {
        var scenario = section == SweepSection ? ProbeScenario + "sweep:\n  - path: seed\n    values: [1, 2]\n    #@sweep\n" : ProbeScenario;
        var marker = new Regex($"^(?<indent> *)#@{Regex.Escape(section)}$", RegexOptions.Multiline);
        Assert.Matches(marker, scenario);
        var yaml = marker.Replace(scenario, m => $"{m.Groups["indent"].Value}{key}: ~", 1);
        return !LoaderErrors(yaml).Any(e => e.StartsWith($"unknown key `{key}`", StringComparison.Ordinal));
    }

    private static string[] PlannedKeys(string section) =>
        section.Length == 0 ? PlannedTopLevelKeys : section.StartsWith("events", StringComparison.Ordinal) ? [PlannedEventKey] : [];

    /// <summary>Every mapping the schema describes, by path (<c>labs.demand.bursts</c>, <c>events[policy]</c>).</summary>
    private static Dictionary<string, JsonObject> SchemaSections()
    {
        var sections = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        Walk("", SchemaJson);
        return sections;

        void Walk(string path, JsonObject schema)
        {
            sections.Add(path, schema);
            foreach (var (key, property) in schema["properties"]!.AsObject())
            {
                // The root describes lists' items in its branch for files without extends.
                if ((MappingSchema(schema["then"]?["properties"]?[key]) ?? MappingSchema(property)) is { } child)
                    Walk(path.Length == 0 ? key : $"{path}.{key}", child);
            }
            // Mappings whose keys depend on a word, like events on `type`: if {type: const} then {$ref}.
            foreach (var rule in schema["allOf"]?.AsArray() ?? [])
            {
                if (rule!["then"]?["$ref"] is { } target && rule["if"]!["properties"]!.AsObject().Single() is var (_, word))
                    Walk($"{path}[{word!["const"]}]", Resolve(target));
            }
        }
    }

    /// <summary>The mapping schema a property holds, through <c>$ref</c>, <c>items</c> and <c>anyOf</c>; null for a scalar.</summary>
    private static JsonObject? MappingSchema(JsonNode? node) => node switch
    {
        JsonObject schema when schema.ContainsKey("properties") => schema,
        JsonObject schema when schema["$ref"] is { } target => MappingSchema(Resolve(target)),
        JsonObject schema when schema["items"] is { } items => MappingSchema(items),
        JsonObject schema when schema["anyOf"] is JsonArray options => options.Select(MappingSchema).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static JsonObject Resolve(JsonNode reference) =>
        reference.GetValue<string>().TrimStart('#', '/').Split('/').Aggregate((JsonNode)SchemaJson, (node, part) => node[part]!).AsObject();

    private static IEnumerable<string> PropertyNames(JsonObject schema) => schema["properties"]!.AsObject().Select(p => p.Key);

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>());

    private static Type? BinderType(string name) => typeof(ScenarioBinder).Assembly.GetType($"{typeof(ScenarioBinder).Namespace}.{name}");

    private static string[]? DeclaredKeys(string binder, string field) => (string[]?)BinderType(binder)?.GetField(field, AnyStatic)?.GetValue(null);

    private static string Join(IEnumerable<string> keys) => keys.Any() ? string.Join(", ", keys.Order(StringComparer.Ordinal)) : "-";

    /// <summary>The YAML as the JSON an editor sees: quoted scalars are strings, plain ones numbers or booleans when they read as such.</summary>
    private static JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonSerializer.SerializeToElement(ToJsonNode(stream.Documents[0].RootNode));
    }

    private static JsonNode? ToJsonNode(YamlNode node) => node switch
    {
        // Like the loader, a key with an empty value counts as left out.
        YamlMappingNode mapping => new JsonObject(mapping.Children
            .Where(entry => !NodeReader.IsNull(entry.Value))
            .Select(entry => KeyValuePair.Create(((YamlScalarNode)entry.Key).Value!, ToJsonNode(entry.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJsonNode)]),
        YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: var text } => PlainScalar(text ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new ArgumentException($"unexpected YAML node {node.NodeType}", nameof(node)),
    };

    private static JsonValue? PlainScalar(string text) =>
        NodeReader.IsNull(new YamlScalarNode(text)) ? null
        : Formats.Boolean.Parse(text) is { } flag ? JsonValue.Create(flag)
        : Numbers.Integer(text) is { } whole ? JsonValue.Create(whole)
        : Numbers.Real(text) is { } real ? JsonValue.Create(real)
        : JsonValue.Create(text);

    /// <summary>
    /// A valid scenario with every section of the format; a <c>#@section</c> comment marks where a
    /// probe writes a key into that section's mapping.
    /// </summary>
    private const string ProbeScenario = """
        #@
        name: probe
        seed: 1
        days: 30
        regions:
          - id: kenya
            utcOffset: "+03:00"
            minimumWageUsd: 0.6
            #@regions
            currency:
              code: KES
              usdPerUnit: 0.0077
              #@regions.currency
          - id: kenya-local
            utcOffset: "+03:00"
            minimumWage:
              amount: 78
              currency: KES
              #@regions.minimumWage
        taskTypes:
          - id: bbox
            meanMinutes: 2
            #@taskTypes
            training:
              hours: 1
              passRate: 0.5
              #@taskTypes.training
          - id: rating
            meanMinutes: 5
        platforms:
          - id: open-market
            kind: open-marketplace
            #@platforms
            deactivation:
              rejectionRate: 0.2
              minReviewed: 10
              #@platforms.deactivation
            search:
              rule: listing
              #@platforms.search
              sortMix:
                newest: 0.5
                mostTasks: 0.35
                reward: 0.15
                #@platforms.search.sortMix
            push:
              seen: 0.8
              #@platforms.push
          - id: managed-crowd
            kind: managed-crowd
        vendors:
          - id: tasklane
            platform: managed-crowd
            #@vendors
            pieceRates:
              - taskType: bbox
                region: kenya
                usd: 0.05
                #@vendors.pieceRates
              - {taskType: rating, region: kenya, usd: 1}
              - taskType: bbox
                region: kenya-local
                rate:
                  amount: 6.5
                  currency: KES
                  #@vendors.pieceRates.rate
            wagePolicy:
              kind: surge
              maxMultiplier: 2
              #@vendors.wagePolicy
            pricing:
              rule: responsive
              #@vendors.pricing
        labs:
          - id: lab-alpha
            #@labs
            demand:
              - taskType: bbox
                vendor: tasklane
                tasksPerDay: 1000
                priceUsd: 0.3
                #@labs.demand
                bursts:
                  perWeek: 1
                  minTasks: 10
                  #@labs.demand.bursts
                spillover:
                  taskType: rating
                  tasksPerAutomated: 0.1
                  #@labs.demand.spillover
              - {taskType: rating, vendor: tasklane, tasksPerDay: 10, priceUsd: 2}
              - taskType: bbox
                platform: open-market
                tasksPerDay: 100
                priceUsd: 0.1
                requesters:
                  count: 5
                  payMedianUsdPerHour: 4
                  #@labs.demand.requesters
                  restrictToRegions:
                    regions: [kenya]
                    share: 0.3
                    #@labs.demand.requesters.restrictToRegions
                  approvalGate:
                    minApproved: 100
                    #@labs.demand.requesters.approvalGate
        workers:
          - id: ke-crowd
            region: kenya
            count: 100
            platforms: [managed-crowd, open-market]
            #@workers
            reservationWage:
              medianUsd: 1
              #@workers.reservationWage
            nightCheckers:
              share: 0.1
              #@workers.nightCheckers
            fatigue:
              onsetHours: 8
              #@workers.fatigue
            adaptation:
              weeklyRate: 0.05
              #@workers.adaptation
            discouragement:
              lengthening: 0.2
              #@workers.discouragement
            churn:
              weeklyHazard: 0.01
              #@workers.churn
            recruitment:
              every: 14d
              recruits: 10
              bootcampHours: 5
              dropOut: 0.5
              #@workers.recruitment
            employment:
              vendor: tasklane
              lab: lab-alpha
              wageUsdPerHour: 1
              billUsdPerHour: 5
              shift: "08:00-17:00"
              #@workers.employment
            learning:
              exponent: 0.2
              #@workers.learning
            priorApproved:
              median: 100
              #@workers.priorApproved
        measure:
          from: 1d
          to: 20d
          #@measure
        events:
          - at: day 2
            #@events
            type: wage_change
            vendor: tasklane
            factor: 0.9
            #@events[wage_change]
          - at: day 3
            type: task_surge
            lab: lab-alpha
            taskType: bbox
            batch: 10
            #@events[task_surge]
          - at: day 4
            type: automation_shock
            lab: lab-alpha
            taskType: bbox
            share: 0.1
            #@events[automation_shock]
          - at: day 5
            type: policy
            policy: pay-floor
            usdPerHour: 1
            #@events[policy]
          - at: day 6
            type: market_exit
            vendor: tasklane
            region: kenya
            #@events[market_exit]
          - at: day 7
            type: recruitment_drive
            pool: ke-crowd
            recruits: 10
            #@events[recruitment_drive]

        """;

    [GeneratedRegex(@"^```yaml\n(?<yaml>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"expected one of (?<words>.+), got zzz")]
    private static partial Regex ExpectedOneOf();
}
