namespace CrowdSim.Model.Market;

/// <summary>What a worker in session is doing.</summary>
internal enum SessionActivity : byte
{
    /// <summary>Choosing what to do next.</summary>
    Choosing,

    /// <summary>Working a task to submission.</summary>
    Working,

    /// <summary>Working a task they will abandon.</summary>
    Abandoning,

    /// <summary>Taking a training course.</summary>
    Training,

    /// <summary>A salaried worker with nothing to do, waiting for work (paid).</summary>
    Waiting,

    /// <summary>A crowd worker searching a listing inside a session, unpaid (issue 15).</summary>
    Searching,
}
