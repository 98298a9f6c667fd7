using Corroborate.Core;
using Corroborate.Core.Entities;
using Corroborate.Core.Entities.Resolution;

namespace Corroborate.Tests.Entities;

/// <summary>Resolution on invented articles whose mentions are given, so the tests do not depend on the tagger.</summary>
public class ResolutionTests
{
    /// <summary>An article with the given mentions, found in order in the text: "Name/TYPE".</summary>
    internal static Article Article(string id, string text, params string[] mentions)
    {
        var found = new List<EntityMention>();
        int from = 0;
        foreach (var m in mentions)
        {
            var (name, type) = (m[..m.LastIndexOf('/')], m[(m.LastIndexOf('/') + 1)..]);
            int start = text.IndexOf(name, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{name}' not in text after {from}");
            found.Add(new EntityMention(start, start + name.Length, type, name));
            from = start + name.Length;
        }
        return new Article { Id = id, Text = text, Original = text, Offsets = OffsetMap.Identity, Mentions = found };
    }

    private static List<ResolvedEntity> Resolve(params Article[] articles) =>
        CorpusResolver.Resolve(articles.SelectMany(ArticleCoreference.Resolve).ToList());

    private static ResolvedEntity Single(List<ResolvedEntity> entities, string variant) =>
        Assert.Single(entities, e => e.Variants.Contains(variant));

    [Fact]
    public void Surname_and_titled_mentions_join_the_full_name_in_the_article()
    {
        var a = Article("a", "Radomir Kožulić spoke. Later Mr. Kožulić left, and Kožulić's aides followed.",
            "Radomir Kožulić/PER", "Kožulić/PER", "Kožulić's/PER");
        var entity = Assert.Single(Resolve(a));
        Assert.Equal("Radomir Kožulić", entity.Canonical);
        Assert.Equal(3, entity.Mentions.Count);
    }

    [Fact]
    public void Transliterated_spellings_across_articles_are_one_entity()
    {
        var entities = Resolve(
            Article("a", "Radomir Kožulić met Teodor Alanić in Valdoria.", "Radomir Kožulić/PER", "Teodor Alanić/PER", "Valdoria/LOC"),
            Article("b", "Radomir Kojoulitch and Téodor Alanitch in Valdorie.", "Radomir Kojoulitch/PER", "Téodor Alanitch/PER", "Valdorie/LOC"),
            Article("c", "Radomir Kozhulich said Alanich was wrong.", "Radomir Kozhulich/PER", "Alanich/PER"));
        Assert.Equal(3, entities.Count);
        Assert.Equal(["Radomir Kožulić", "Radomir Kojoulitch", "Radomir Kozhulich"], Single(entities, "Radomir Kojoulitch").Variants);
        Assert.Contains("Alanich", Single(entities, "Teodor Alanić").Variants);
        Assert.Equal("LOC", Single(entities, "Valdorie").Type);
    }

    [Fact]
    public void People_who_share_a_surname_stay_apart_and_a_bare_surname_joins_neither()
    {
        var entities = Resolve(
            Article("a", "Sabine Kroll resigned.", "Sabine Kroll/PER"),
            Article("b", "Dieter Kroll objected.", "Dieter Kroll/PER"),
            Article("c", "Kroll said nothing.", "Kroll/PER"));
        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void A_bare_surname_joins_the_only_person_it_fits()
    {
        var entities = Resolve(
            Article("a", "Piotr Svarin resigned.", "Piotr Svarin/PER"),
            Article("b", "Svarin objected.", "Svarin/PER"));
        Assert.Equal(2, Assert.Single(entities).Mentions.Count);
    }

    [Fact]
    public void A_place_stays_apart_from_a_person_of_the_same_name()
    {
        var entities = Resolve(
            Article("a", "Heldrun is a port.", "Heldrun/LOC"),
            Article("b", "Heldrun the singer left.", "Heldrun/PER"));
        Assert.Equal(2, entities.Count);
        Assert.Equal(["LOC", "PER"], entities.Select(e => e.Type).Order());
    }

    [Fact]
    public void Acronyms_defined_in_text_and_translated_expansions_are_one_organisation()
    {
        var entities = Resolve(
            Article("a", "The National Security Bureau (NSB) said. The NSB denied it.", "National Security Bureau/ORG"),
            Article("b", "The National Bureau of Security (BNS) said.", "National Bureau of Security/ORG"),
            Article("c", "Officials of the NSB met.", "NSB/ORG"),
            Article("d", "The Northern Collective Defence Alliance (NCDA) and the Alliance of Collective Defence of the North (ADCN).",
                "Northern Collective Defence Alliance/ORG", "Alliance of Collective Defence of the North/ORG"));
        var bureau = Single(entities, "National Bureau of Security");
        Assert.Equal("ORG", bureau.Type);
        Assert.Equal(["National Security Bureau", "NSB", "National Bureau of Security", "BNS"], bureau.Variants);
        Assert.Equal(6, bureau.Mentions.Count);
        Assert.Contains("ADCN", Single(entities, "NCDA").Variants);
    }

    [Fact]
    public void Expansions_that_differ_in_a_word_need_agreeing_acronyms()
    {
        var entities = Resolve(
            Article("a", "The Valdorian Human Rights Committee (VHRC) said.", "Valdorian Human Rights Committee/ORG"),
            Article("b", "The Valdorian Committee of the Rights of Man (CVDH) said.", "Valdorian Committee of the Rights of Man/ORG"),
            Article("c", "The Lindavian Ministry of Foreign Affairs (LMFA) and the Valdorian Ministry of Foreign Affairs (VMFA). Lindavia protested.",
                "Lindavian Ministry of Foreign Affairs/ORG", "Valdorian Ministry of Foreign Affairs/ORG", "Lindavia/LOC"));
        Assert.Contains("CVDH", Single(entities, "VHRC").Variants);
        Assert.NotEqual(Single(entities, "LMFA").Id, Single(entities, "VMFA").Id);
    }

    [Fact]
    public void Reordered_place_names_are_one_place()
    {
        var entities = Resolve(
            Article("a", "Crowds filled Republic Square.", "Republic Square/LOC"),
            Article("b", "Crowds filled the Square of the Republic.", "Square of the Republic/LOC"));
        Assert.Single(entities);
    }

    [Fact]
    public void Ids_and_order_are_deterministic()
    {
        Article[] articles = [Article("a", "Ana Petrović met Ivo Brankov.", "Ana Petrović/PER", "Ivo Brankov/PER")];
        Assert.Equal(Resolve(articles).Select(e => e.Id), Resolve(articles).Select(e => e.Id));
        Assert.Equal(["Ana Petrović", "Ivo Brankov"], Resolve(articles).Select(e => e.Canonical));
    }
}
