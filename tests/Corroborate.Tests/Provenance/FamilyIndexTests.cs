using Corroborate.Core.Provenance;

namespace Corroborate.Tests.Provenance;

public class FamilyIndexTests
{
    private static CopyPair Pair(string a, string b, double similarity) => new(a, b, similarity, similarity, similarity, []);

    [Fact]
    public void ArticlesJoinedByStrongPairsFormOneFamilyWeakPairsDoNot()
    {
        var index = FamilyIndex.Build(["a", "b", "c", "d", "e"], [Pair("b", "c", 0.6), Pair("a", "b", 0.9), Pair("d", "e", 0.2)], threshold: 0.5);
        var family = Assert.Single(index.Families);
        Assert.Equal(["a", "b", "c"], family);
        Assert.Equal("a", index.FamilyOf("c"));
        Assert.Equal("e", index.FamilyOf("e"));
        Assert.Equal("z", index.FamilyOf("z"));
    }

    [Fact]
    public void PairsWithArticlesOutsideTheSetAreIgnored()
    {
        var index = FamilyIndex.Build(["a", "b"], [Pair("a", "x", 0.9), Pair("x", "b", 0.9)], threshold: 0.5);
        Assert.Empty(index.Families);
    }
}
