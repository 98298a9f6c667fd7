using Corroborate.Tests.Storage;
using Xunit.Abstractions;

namespace Corroborate.Tests.Faults;

/// <summary>
/// kill -9 of `ingest` and `analyze` at random moments (see <see cref="KillTrials"/>): afterwards the store is
/// consistent, no committed article is lost, no half-written state shows, and the same command run again reaches
/// the clean run's result without duplicates.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class KillTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Sqlite_survives_kills_of_ingest_and_analyze()
    {
        using var trials = new KillTrials("sqlite", output);
        trials.Run(KillTrials.Count(20));
    }

    [PostgresSharedDataFact]
    public void Postgres_survives_kills_of_ingest_and_analyze()
    {
        using var trials = new KillTrials("postgres", output);
        trials.Run(KillTrials.Count(10));
    }
}

/// <summary>The fault tests start CLI processes and time their kills; run one at a time so that they do not slow each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Faults";
}

/// <summary>Runs when both a PostgreSQL server and ../shared/data are present; otherwise skips with the reason.</summary>
public sealed class PostgresSharedDataFactAttribute : FactAttribute
{
    public PostgresSharedDataFactAttribute()
    {
        if (StoreBackends.PostgresConnection is null)
            Skip = $"needs a PostgreSQL server: set {StoreBackends.PostgresVariable} to a connection string (.ci/run starts one)";
        else if (!TestPaths.HasSharedData)
            Skip = TestPaths.NoSharedData;
    }
}
