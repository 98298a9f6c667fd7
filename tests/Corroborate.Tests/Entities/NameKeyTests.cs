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
}
