namespace CrowdSim.Model.Scenario;

/// <summary>An unpaid (unless a policy pays it) qualification course a worker must pass before taking a task type.</summary>
/// <param name="Hours">Length of the course.</param>
/// <param name="PassRate">Probability of passing at the end of it; a worker who fails may not retake it.</param>
public sealed record TrainingSpec(double Hours, double PassRate);
