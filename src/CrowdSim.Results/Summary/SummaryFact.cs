namespace CrowdSim.Results.Summary;

/// <summary>One headline of a run in plain language: a topic ("Tasks") and a sentence or two of figures.</summary>
public sealed record SummaryFact(string Topic, string Text);
