using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Text;

namespace Corroborate.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void ComposesDecomposedCharactersAndKeepsOffsets()
    {
        string original = "Toka\u0301yev met  Masi\u0301mov.";
        var t = TextNormalizer.Normalize(original);
        Assert.Equal("Tokáyev met Masímov.", t.Text);
        int m = t.Text.IndexOf("Masímov", StringComparison.Ordinal);
        Assert.Equal(original.IndexOf("Masi", StringComparison.Ordinal), t.Origins[m]);
    }

    [Fact]
    public void StraightensQuotesAndFoldsWhitespace()
    {
        var t = TextNormalizer.Normalize("  \u201CShoot to kill\u201D, he\u2019s said.\r\n\r\n\r\n\tNext\u00A0para  \n");
        Assert.Equal("\"Shoot to kill\", he's said.\n\nNext para", t.Text);
    }

    [Fact]
    public void RemovesInvisibleCharacters()
    {
        Assert.Equal("Nursultan", TextNormalizer.Normalize("\uFEFFNur\u200Bsul\u00ADtan").Text);
    }

    [Fact]
    public void EveryCharacterMapsBackToTheSameCharacterInTheOriginal()
    {
        string original = "ALMATY,\tJan. 8 (Wire) \u2013 \u201CCalm\u201D  returned.\r\nSecond  line";
        var t = TextNormalizer.Normalize(original);
        for (int i = 0; i < t.Length; i++)
        {
            char o = original[t.Origins[i]];
            char c = t.Text[i];
            Assert.True(c == o || c == ' ' || c == '\n' || c == '"', $"char {i} '{c}' maps to '{o}'");
        }
    }

    [Fact]
    public void ArticleOffsetsSurviveCleaning()
    {
        string original = "Headline About Something Important\n\n\u00A9 PHOTO AGENCY / Someone\n\nThe  minister said on Thursday that talks failed.\n\nShare this article";
        var article = Pipeline.Default().Run(new ArticleDraft { Path = "x.txt", Format = SourceFormat.Text, Text = original });
        int at = article.Text.IndexOf("minister", StringComparison.Ordinal);
        Assert.Equal(original.IndexOf("minister", StringComparison.Ordinal), article.Offsets.ToOriginal(at));
        Assert.Equal("Headline About Something Important", article.Title);
    }
}
