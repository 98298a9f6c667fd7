using Corroborate.Core.Store;
using Corroborate.Storage;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Tests.Storage;

public class SqliteStoreTests : StoreContractTests
{
    protected override IStore OpenStore() => SqliteStore.Open(Temp.File("store.db"));

    [Fact]
    public void MigratesToTheLatestVersionOnceOnly()
    {
        int version;
        using (var s = SqliteStore.Open(Temp.File("m.db"))) version = s.SchemaVersion;
        Assert.True(version >= 1);
        using var again = SqliteStore.Open(Temp.File("m.db"));
        Assert.Equal(version, again.SchemaVersion);
    }

    [Fact]
    public void AFileThatIsNotADatabaseGivesAClearError()
    {
        string path = Temp.Write("notes.db", "these are notes, not a database\n");
        var e = Assert.Throws<StoreException>(() => SqliteStore.Open(path));
        Assert.Contains("not a database", e.Message);
        Assert.Equal("these are notes, not a database\n", File.ReadAllText(path));
    }
}
