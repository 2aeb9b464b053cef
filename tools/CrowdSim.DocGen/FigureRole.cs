namespace CrowdSim.DocGen;

/// <summary>What a published figure is to the model.</summary>
internal enum FigureRole
{
    /// <summary>The model produces a comparable number without being set from the figure: compare.</summary>
    Emergent,

    /// <summary>A parameter of the model (a default or a scenario value) is set from the figure.</summary>
    Input,

    /// <summary>The model has the parameter, but the calibrated scenarios set it without this figure.</summary>
    NotUsed,

    /// <summary>The model has nothing comparable.</summary>
    NotModelled,
}
