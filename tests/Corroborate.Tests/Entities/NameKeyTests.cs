using Corroborate.Core.Entities.Resolution;

namespace Corroborate.Tests.Entities;

public class NameKeyTests
{
    [Theory]
    [InlineData("Kožulić", "Kozhulich")]
    [InlineData("Kožulić", "Kojoulitch")]
    [InlineData("Kožulić", "Kózulic")]
    [InlineData("Alanić", "Alanitch")]
    [InlineData("Brennecke", "Brenecke")]
    [InlineData("Matthias", "Mathias")]
    [InlineData("Piotr", "Pyotr")]
    [InlineData("Svarin", "Svarine")]
    [InlineData("Valdoria", "Valdorie")]
    [InlineData("Korvast", "KORVÁST")]
    [InlineData("Oskarbayev", "Oskarbaïev")]
    public void Spellings_of_one_name_match(string a, string b) => Assert.True(NameKey.WordsMatch(a, b), $"{a} ~ {b}");

    [Theory]
    [InlineData("Iran", "Iraq")]
    [InlineData("Austria", "Australia")]
    [InlineData("Kroll", "Knoll")]
    [InlineData("Mali", "Bali")]
    [InlineData("Heldrun", "Nordvik")]
    public void Different_names_do_not_match(string a, string b) => Assert.False(NameKey.WordsMatch(a, b), $"{a} !~ {b}");

    /// <summary>Indexes find match candidates by shared one-deletion variants; no matching pair may lack one.</summary>
    [Theory]
    [InlineData("Kožulić", "Kozhulich")]
    [InlineData("Brennecke", "Brenecke")]
    [InlineData("Svarin", "Svarine")]
    [InlineData("Valdoria", "Valdorie")]
    [InlineData("Alpha12", "Alpha13")]
    [InlineData("Iran", "Iraq")]
    [InlineData("Austria", "Australia")]
    public void Matching_keys_share_a_one_deletion_variant(string a, string b)
    {
        string ka = NameKey.Key(a), kb = NameKey.Key(b);
        bool share = NameKey.OneDeletionVariants(ka).Intersect(NameKey.OneDeletionVariants(kb)).Any();
        Assert.True(share || !NameKey.KeysMatch(ka, kb), $"{a} ~ {b} without a shared variant");
        Assert.Equal(NameKey.WordsMatch(a, b), NameKey.KeysMatch(ka, kb));
    }
}
