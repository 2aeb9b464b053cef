namespace CrowdSim.Model.Market.Search;

/// <summary>Where in a session a worker on a listing platform is choosing.</summary>
internal enum SearchStep
{
    /// <summary>Just checked in (the check's search is already paid): favourites, then the listing.</summary>
    CheckIn,

    /// <summary>Just finished a task or course: the same group (batchers), then favourites, else a new search.</summary>
    AfterWork,

    /// <summary>Just finished a search inside the session: favourites, then the listing.</summary>
    AfterSearch,
}
