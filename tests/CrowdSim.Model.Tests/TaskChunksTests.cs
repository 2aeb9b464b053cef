using CrowdSim.Model.Market;

namespace CrowdSim.Model.Tests;

/// <summary>The chunked store of a queue's tasks behaves as a double-ended queue across its chunks' edges.</summary>
public class TaskChunksTests
{
    private static PostedTask Task(long id) => new(id, id * 10, 0, -1, 0, 0, 0);

    [Fact]
    public void RandomAddsAndRemoves_AtBothEnds_KeepTheOrderOfAListDoingTheSame()
    {
        var random = new Random(21);
        var chunks = new TaskChunks();
        var expected = new LinkedList<long>();
        long next = 0;
        for (var step = 0; step < 200_000; step++)
        {
            // Runs of growth and of shrinking, so that the store crosses many chunk edges both ways and empties now and then.
            var grow = (step / 5_000) % 2 == 0;
            var roll = random.Next(100);
            if (roll < (grow ? 60 : 30))
            {
                chunks.AddLast(Task(next));
                expected.AddLast(next++);
            }
            else if (roll < (grow ? 65 : 35))
            {
                chunks.AddFirst();
                chunks[0] = Task(next);
                expected.AddFirst(next++);
            }
            else if (expected.Count > 0)
            {
                Assert.Equal(expected.First!.Value, chunks.RemoveFirst().Id);
                expected.RemoveFirst();
            }
            Assert.Equal(expected.Count, chunks.Count);
            if (step % 997 == 0 && expected.Count > 0)
            {
                Assert.Equal(expected.First!.Value, chunks[0].Id);
                Assert.Equal(expected.Last!.Value, chunks[expected.Count - 1].Id);
            }
        }
        Assert.Equal(expected, Enumerable.Range(0, chunks.Count).Select(k => chunks[k].Id));
        Assert.True(next > 10 * TaskChunks.ChunkSize, "the test should cross many chunks");
    }

    [Fact]
    public void Clear_EmptiesTheStore_ThatThenFillsAgainFromTheStart()
    {
        var chunks = new TaskChunks();
        for (var k = 0; k < 3 * TaskChunks.ChunkSize; k++)
            chunks.AddLast(Task(k));
        chunks.Clear();
        Assert.Equal(0, chunks.Count);
        chunks.AddLast(Task(7));
        Assert.Equal(7, chunks[0].Id);
        Assert.Equal(7, chunks.RemoveFirst().Id);
        Assert.Equal(0, chunks.Count);
    }
}
