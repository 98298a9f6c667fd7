using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Stories;
using Corroborate.Tests.Storage;

namespace Corroborate.Tests.Stories;

/// <summary>The story tables on every backend: state survives reopening, and later articles continue the clustering.</summary>
public sealed class StoryStoreTests : IDisposable
{
    private readonly StoreBackends _backends = new();

    public static TheoryData<string> Backends => StoreBackends.Names;

    private static Article Make(string path, string title, string text, int day) => Pipeline.CreateArticle(new ArticleDraft
    {
        Path = path, Format = SourceFormat.Text, Title = title, Text = text,
        Published = new DateTimeOffset(2025, 3, day, 9, 0, 0, TimeSpan.Zero),
    });

    private const string Filler = "The ministry gave few further details on Tuesday and officials said more would follow later in the week.";

    [Theory]
    [MemberData(nameof(Backends))]
    public void AssignmentsPersistAndAReopenedStoreContinuesTheStory(string backend)
    {
        var open = _backends.Location(backend);
        using (var store = open())
        {
            store.AddArticles([
                Make("a.txt", "Fuel protests spread in Valdoria", $"Fuel protests in Valdoria spread to Korvast as President Alanić faces pressure. {Filler}", 10),
                Make("b.txt", "Heldrun plant explosion", $"An explosion at the Heldrun chemical plant killed five workers in Lindavia. {Filler}", 11),
            ]);
            Assert.Equal(2, StoryStage.Default().Assign(store));
            Assert.Equal(0, StoryStage.Default().Assign(store));
        }
        using (var store = open())
        {
            store.AddArticles([Make("c.txt", "Valdoria protests reach Korvast", $"Protests over fuel prices in Valdoria reached Korvast, where President Alanić sacked the government. {Filler}", 12)]);
            Assert.Equal(1, StoryStage.Default().Assign(store));
            var placed = store.ListArticleStories().ToDictionary(a => a.Path!);
            Assert.Equal(placed["a.txt"].Story, placed["c.txt"].Story);
            Assert.NotEqual(placed["a.txt"].Story, placed["b.txt"].Story);
            Assert.Equal(placed["a.txt"].Topic, placed["c.txt"].Topic);
            var story = store.ListStories().Single(s => s.Id == placed["a.txt"].Story);
            Assert.Equal(2, story.ArticleCount);
            Assert.Equal(10, story.FirstSeen!.Value.Day);
            Assert.Equal(12, story.LastSeen!.Value.Day);
            Assert.Contains("valdoria", story.KeyTerms);
            // The narrow reads give what the full listing does for their articles and story.
            var ids = new[] { placed["a.txt"].ArticleId, placed["c.txt"].ArticleId, "no-such-article" };
            Assert.Equal([placed["a.txt"], placed["c.txt"]], store.ListArticleStories(ids));
            Assert.Equal([placed["a.txt"].ArticleId, placed["c.txt"].ArticleId], store.ListStoryMembers(story.Id));
            Assert.Empty(store.ListStoryMembers(-1));
        }
    }

    public void Dispose() => _backends.Dispose();
}
