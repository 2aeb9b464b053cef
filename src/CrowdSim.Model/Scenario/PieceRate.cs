namespace CrowdSim.Model.Scenario;

/// <summary>What a vendor pays a worker in one region for one task of one type.</summary>
public sealed record PieceRate(string TaskType, string Region, double UsdPerTask);
