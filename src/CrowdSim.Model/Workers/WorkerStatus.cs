namespace CrowdSim.Model.Workers;

/// <summary>Where a worker slot stands.</summary>
public enum WorkerStatus : byte
{
    /// <summary>A recruit who has not joined yet (their intake is later).</summary>
    Latent,

    /// <summary>Working, or looking for work.</summary>
    Active,

    /// <summary>Left for good (churn).</summary>
    Left,

    /// <summary>Dropped out of the recruitment boot camp.</summary>
    DroppedOut,

    /// <summary>Deactivated on every platform they belonged to.</summary>
    Deactivated,
}
