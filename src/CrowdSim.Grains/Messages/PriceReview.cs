using CrowdSim.Model.Vendors.Pricing;

namespace CrowdSim.Grains.Messages;

/// <summary>A vendor's pricing review: its market signal and every vendor's rates before the tick's reviews (index = vendor).</summary>
[GenerateSerializer, Immutable]
public sealed record PriceReview([property: Id(0)] MarketSignal Signal, [property: Id(1)] long[][] AllRates);
