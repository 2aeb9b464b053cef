namespace CrowdSim.Model.Market;

/// <summary>
/// The waiting tasks of a <see cref="TaskQueue"/>, oldest first, in chunks of <see cref="ChunkSize"/>:
/// the store grows and shrinks a chunk at a time. A backlog of millions never needs a copy of itself
/// (a doubling array holds the old and the new array at once, three times the backlog), and the
/// chunks stay below the large-object heap's threshold.
/// </summary>
internal sealed class TaskChunks
{
    /// <summary>Tasks in a chunk: 1,024 of 56 bytes, 57 KB, below the large-object heap's 85,000 bytes.</summary>
    public const int ChunkSize = 1 << Shift;
    private const int Shift = 10;
    private const int Mask = ChunkSize - 1;

    // _chunks[0] holds the head at _head; chunk k holds positions [k·ChunkSize, (k+1)·ChunkSize) from there.
    private readonly List<PostedTask[]> _chunks = [];
    private PostedTask[]? _spare;
    private int _head;

    public int Count { get; private set; }

    /// <summary>The <paramref name="index"/>-th task from the head (0 = oldest).</summary>
    public ref PostedTask this[int index]
    {
        get
        {
            var at = _head + index;
            return ref _chunks[at >> Shift][at & Mask];
        }
    }

    public void AddLast(in PostedTask task)
    {
        var at = _head + Count;
        if ((at >> Shift) == _chunks.Count)
            _chunks.Add(NewChunk());
        _chunks[at >> Shift][at & Mask] = task;
        Count++;
    }

    /// <summary>Makes room for one task before the head; the caller sets it (<c>this[0]</c>).</summary>
    public void AddFirst()
    {
        if (_head == 0)
        {
            _chunks.Insert(0, NewChunk());
            _head = ChunkSize;
        }
        _head--;
        Count++;
    }

    public PostedTask RemoveFirst()
    {
        var task = _chunks[0][_head];
        _head++;
        Count--;
        if (_head == ChunkSize || Count == 0)
        {
            // The head chunk is used up (or the queue empty): keep one chunk in reserve for the next.
            if (_head == ChunkSize)
            {
                _spare ??= _chunks[0];
                _chunks.RemoveAt(0);
            }
            _head = Count == 0 ? 0 : _head & Mask;
            if (Count == 0)
                TrimEmpty();
        }
        return task;
    }

    /// <summary>Empties the store.</summary>
    public void Clear()
    {
        _chunks.Clear();
        _head = 0;
        Count = 0;
    }

    private void TrimEmpty()
    {
        // An empty queue keeps at most one chunk.
        if (_chunks.Count > 1)
            _chunks.RemoveRange(1, _chunks.Count - 1);
    }

    private PostedTask[] NewChunk()
    {
        if (_spare is { } spare)
        {
            _spare = null;
            return spare;
        }
        return new PostedTask[ChunkSize];
    }
}
