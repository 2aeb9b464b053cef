using CrowdSim.Cli.Commands;
using CrowdSim.Runs.Hosting;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// The Kubernetes manifests under deploy/kubernetes, checked without a cluster: every document is
/// a well-formed object; the silos and the run job point at the Redis service that redis.yaml
/// defines; silos take their name and address from the pod and open the ports they are told to use;
/// every container's arguments are a command crowdsim knows; Redis asks for the password kept in a
/// Secret, which the silos and the job read from there; and network policies let only those pods
/// reach Redis and the silos' ports.
/// </summary>
public sealed class DeploymentManifestTests
{
    private static readonly string Folder = Path.Combine(RepoRoot.Path, "deploy", "kubernetes");

    [Fact]
    public void Every_manifest_is_a_named_kubernetes_object()
    {
        var documents = Documents().ToArray();
        Assert.True(documents.Length >= 5, $"expected the Redis deployment and service, the silos, the results claim and the job; found {documents.Length} documents");
        foreach (var (file, doc) in documents)
        {
            Assert.False(string.IsNullOrEmpty(Text(doc, "apiVersion")), $"{file}: no apiVersion");
            Assert.False(string.IsNullOrEmpty(Text(doc, "kind")), $"{file}: no kind");
            Assert.False(string.IsNullOrEmpty(Text(Map(doc, "metadata"), "name")), $"{file}: no metadata.name");
        }
    }

    [Fact]
    public void Silos_and_the_run_job_use_the_redis_service()
    {
        var redis = Documents().Single(d => Text(d.Doc, "kind") == "Service" && Text(Map(d.Doc, "metadata"), "name") == "crowdsim-redis").Doc;
        var redisPort = int.Parse(Text((YamlMappingNode)Seq(Map(redis, "spec"), "ports")[0], "port"), System.Globalization.CultureInfo.InvariantCulture);
        var containers = Containers().Where(c => c.Image.StartsWith("crowdsim", StringComparison.Ordinal)).ToArray();
        Assert.Contains(containers, c => c.Args[0] == "silo");
        Assert.Contains(containers, c => c.Args[0] == "run");
        foreach (var container in containers)
        {
            var at = container.Args.IndexOf("--cluster");
            Assert.True(at > 0, $"{container.Name}: no --cluster");
            var address = ClusterAddress.Parse(container.Args[at + 1]);
            Assert.Equal("crowdsim-redis", address.Host);
            Assert.Equal(redisPort, address.Port);
        }
    }

    [Fact]
    public void Silos_take_their_name_and_ip_from_the_pod_and_open_their_ports()
    {
        var silo = Containers().Single(c => c.Args.Count > 0 && c.Args[0] == "silo");
        Assert.Equal("metadata.name", silo.FieldRefs.GetValueOrDefault("POD_NAME"));
        Assert.Equal("status.podIP", silo.FieldRefs.GetValueOrDefault("POD_IP"));
        var port = silo.Args[silo.Args.IndexOf("--port") + 1];
        var gateway = silo.Args[silo.Args.IndexOf("--gateway-port") + 1];
        Assert.Contains(port, silo.Ports);
        Assert.Contains(gateway, silo.Ports);
        Assert.Equal(SiloCommand.DefaultSiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture), port);
        Assert.Equal(SiloCommand.DefaultGatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture), gateway);
    }

    [Fact]
    public void Container_commands_are_crowdsim_command_lines_that_parse()
    {
        var quiet = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(TextWriter.Null) });
        var root = CrowdSimCommandLine.Build(new CommandConsole(quiet, TextWriter.Null, TextWriter.Null));
        foreach (var container in Containers().Where(c => c.Image.StartsWith("crowdsim", StringComparison.Ordinal)))
        {
            var parse = CrowdSimCommandLine.Parse(root, container.Args);
            Assert.True(parse.Errors.Count == 0, $"{container.Name}: `crowdsim {string.Join(' ', container.Args)}`: {(parse.Errors.Count == 0 ? "" : ParseProblem.Describe(parse))}");
            if (container.Args[0] == "run")
                Assert.True(File.Exists(Path.Combine(RepoRoot.Path, container.Args[1])), $"{container.Name}: no scenario {container.Args[1]} in the repository (the image copies scenarios/)");
        }
    }

    [Fact]
    public void Redis_asks_for_the_secret_password_which_the_silos_and_the_job_read_from_the_secret()
    {
        var redis = Containers().Single(c => c.Image.StartsWith("redis", StringComparison.Ordinal));
        var requirePass = redis.Args.IndexOf("--requirepass");
        Assert.True(requirePass >= 0, $"{redis.Name}: no --requirepass");
        Assert.Equal("$(REDIS_PASSWORD)", redis.Args[requirePass + 1]);
        Assert.Equal(("crowdsim-redis", "password"), redis.SecretRefs.GetValueOrDefault("REDIS_PASSWORD"));

        var crowdsim = Containers().Where(c => c.Image.StartsWith("crowdsim", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(crowdsim);
        foreach (var container in crowdsim)
        {
            Assert.Equal(("crowdsim-redis", "password"), container.SecretRefs.GetValueOrDefault(ClusterAddress.PasswordVariable));
            var address = ClusterAddress.Parse(container.Args[container.Args.IndexOf("--cluster") + 1]);
            Assert.True(address.Password is null, $"{container.Name}: the password is on the command line");
        }

        // The Secret itself is not in the repository: docs/CLUSTER.md says how to create it.
        Assert.DoesNotContain(Documents(), d => Text(d.Doc, "kind") == "Secret");
        var docs = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "CLUSTER.md"));
        Assert.Contains("kubectl create secret generic crowdsim-redis --from-literal=password=", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_policies_let_only_the_silos_and_the_job_reach_redis_and_the_silo_ports()
    {
        var policies = Documents().Where(d => Text(d.Doc, "kind") == "NetworkPolicy").Select(d => d.Doc).ToArray();
        var redis = Containers().Single(c => c.Image.StartsWith("redis", StringComparison.Ordinal));
        var silo = Containers().Single(c => c.Args.Count > 0 && c.Args[0] == "silo");
        var job = Containers().Single(c => c.Args.Count > 0 && c.Args[0] == "run");
        string[] members = [silo.PodLabels["app"], job.PodLabels["app"]];

        var redisRules = Ingress(policies.Single(p => Selects(p, redis)));
        Assert.Equal(redis.Ports, redisRules.SelectMany(r => r.Ports).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(members.Order(StringComparer.Ordinal), redisRules.SelectMany(r => r.FromApps).Distinct().Order(StringComparer.Ordinal));

        var siloRules = Ingress(policies.Single(p => Selects(p, silo)));
        Assert.Equal(silo.Ports.Order(StringComparer.Ordinal), siloRules.SelectMany(r => r.Ports).Distinct().Order(StringComparer.Ordinal));
        Assert.All(siloRules.SelectMany(r => r.FromApps), app => Assert.Contains(app, members));
        var gateway = silo.Args[silo.Args.IndexOf("--gateway-port") + 1];
        Assert.Contains(siloRules, r => r.FromApps.Contains(job.PodLabels["app"]) && r.Ports.Contains(gateway));
        Assert.All(policies, p => Assert.Equal("Ingress", ((YamlScalarNode)Assert.Single(Seq(Map(p, "spec"), "policyTypes"))).Value));
    }

    private sealed record IngressRule(List<string> FromApps, List<string> Ports);

    private static bool Selects(YamlMappingNode policy, Container container)
    {
        var labels = Map(Map(Map(policy, "spec"), "podSelector"), "matchLabels");
        return labels is not null && labels.Children.All(l => container.PodLabels.GetValueOrDefault(((YamlScalarNode)l.Key).Value!) == ((YamlScalarNode)l.Value).Value);
    }

    private static List<IngressRule> Ingress(YamlMappingNode policy) =>
        Seq(Map(policy, "spec"), "ingress").Cast<YamlMappingNode>().Select(rule => new IngressRule(
            Seq(rule, "from").Cast<YamlMappingNode>().Select(f => Text(Map(Map(f, "podSelector"), "matchLabels"), "app")).ToList(),
            Seq(rule, "ports").Cast<YamlMappingNode>().Select(p => Text(p, "port")).ToList())).ToList();

    private sealed record Container(
        string Name, string Image, List<string> Args, Dictionary<string, string> FieldRefs, Dictionary<string, (string Secret, string Key)> SecretRefs, List<string> Ports, Dictionary<string, string> PodLabels);

    private static IEnumerable<Container> Containers()
    {
        foreach (var (file, doc) in Documents())
        {
            var spec = Map(doc, "spec");
            var template = spec is null ? null : Map(spec, "template");
            var pod = Map(template, "spec");
            if (pod is null)
                continue;
            var labels = Map(Map(template, "metadata"), "labels")?.Children
                .ToDictionary(l => ((YamlScalarNode)l.Key).Value!, l => ((YamlScalarNode)l.Value).Value ?? "") ?? [];
            foreach (YamlMappingNode c in Seq(pod, "containers"))
            {
                var args = Seq(c, "args").Select(a => ((YamlScalarNode)a).Value ?? "").ToList();
                var refs = new Dictionary<string, string>();
                var secrets = new Dictionary<string, (string, string)>();
                foreach (YamlMappingNode env in Seq(c, "env"))
                {
                    if (Map(env, "valueFrom") is { } from && Map(from, "fieldRef") is { } field)
                        refs[Text(env, "name")] = Text(field, "fieldPath");
                    if (Map(env, "valueFrom") is { } source && Map(source, "secretKeyRef") is { } secret)
                        secrets[Text(env, "name")] = (Text(secret, "name"), Text(secret, "key"));
                }
                var ports = Seq(c, "ports").Select(p => Text((YamlMappingNode)p, "containerPort")).ToList();
                yield return new Container($"{file}/{Text(c, "name")}", Text(c, "image"), args, refs, secrets, ports, labels);
            }
        }
    }

    private static IEnumerable<(string File, YamlMappingNode Doc)> Documents()
    {
        foreach (var path in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            foreach (var document in stream.Documents)
                yield return (Path.GetFileName(path), (YamlMappingNode)document.RootNode);
        }
    }

    private static YamlMappingNode? Map(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static List<YamlNode> Seq(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode seq ? seq.Children.ToList() : [];

    private static string Text(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value ?? "" : "";
}
