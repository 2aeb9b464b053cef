namespace CrowdSim.Scenarios.Reading;

/// <summary>What a path names, after following symbolic links. Only a regular file is read as a scenario.</summary>
internal enum FileType
{
    /// <summary>Nothing there (or a broken link).</summary>
    Missing,

    /// <summary>A regular file: the only kind a scenario is read from.</summary>
    Regular,

    Directory,

    /// <summary>A named pipe: opening it waits for a writer, reading it may never end.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c> or a terminal: reading it may never end, or wait for ever.</summary>
    CharacterDevice,

    BlockDevice,

    Socket,
}
