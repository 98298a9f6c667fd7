using Corroborate.Storage;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Tests.Storage;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempDir _temp = new();

    [Fact]
    public void AFileThatIsNotADatabaseGivesAClearErrorAndIsLeftAlone()
    {
        string path = _temp.Write("notes.db", "these are notes, not a database\n");
        var e = Assert.Throws<StoreException>(() => SqliteStore.Open(path));
        Assert.Contains("not a database", e.Message);
        Assert.Equal("these are notes, not a database\n", File.ReadAllText(path));
    }

    public void Dispose() => _temp.Dispose();
}
