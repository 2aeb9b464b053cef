using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Metrics;
using CrowdSim.Results.Run;

namespace CrowdSim.Runs.Output;

/// <summary>The rows of timeseries-hourly.csv: an hour's rows once it is over, the open hour kept in checkpoints.</summary>
internal sealed class HourlyRows(HourlyTimeSeries hours) : ITickRows<HourlyTimeSeriesRow>
{
    public IEnumerable<HourlyTimeSeriesRow> Of(TickReport tick) => hours.Add(tick);

    public IEnumerable<HourlyTimeSeriesRow> AtEnd() => hours.Finish();

    public byte[]? Save() => StateWriter.ToBytes(hours.Save);

    public void Restore(byte[]? state)
    {
        if (state is null)
            throw new IOException("the checkpoint does not keep the hour being summed up (it was written by an earlier crowdsim); start the run again");
        try
        {
            StateReader.FromBytes(state, hours.Restore);
        }
        catch (CheckpointFormatException e)
        {
            throw new IOException($"the hour being summed up cannot be read from the checkpoint: {e.Message}", e);
        }
    }
}
