using Corroborate.Core.Entities.Resolution;
using static Corroborate.Tests.Entities.ResolutionTests;

namespace Corroborate.Tests.Entities;

/// <summary>The resolution rules of issue 18, on invented articles whose tagged mentions are given.</summary>
public class NameRuleTests
{
    private static List<ResolvedEntity> Resolve(params Core.Article[] articles) =>
        CorpusResolver.Resolve(articles.SelectMany(ArticleCoreference.Resolve).ToList());

    private static ResolvedEntity With(List<ResolvedEntity> entities, string variant) =>
        Assert.Single(entities, e => e.Variants.Contains(variant));

    [Fact]
    public void A_name_takes_the_type_most_of_its_mentions_in_the_corpus_carry()
    {
        var entities = Resolve(
            Article("a", "Radomir Kozulic spoke. Kozulic left.", "Radomir Kozulic/PER", "Kozulic/PER"),
            Article("b", "Radomir Kozulic met Alanic. Kozulic smiled.", "Radomir Kozulic/PER", "Alanic/PER", "Kozulic/PER"),
            Article("c", "Radomir Kozulic ruled. Later Kozulic fled.", "Radomir Kozulic/LOC", "Kozulic/LOC"));
        var kozulic = With(entities, "Radomir Kozulic");
        Assert.Equal("PER", kozulic.Type);
        Assert.Equal(6, kozulic.Mentions.Count);
    }

    [Fact]
    public void A_title_or_a_verb_of_speech_votes_for_a_person_in_the_article()
    {
        var entities = Resolve(Article("a", "Aidos Ukibai spoke first. Ukibai also said no.", "Aidos Ukibai/PER", "Ukibai/ORG"));
        Assert.Equal(2, Assert.Single(entities).Mentions.Count);
        var titled = Resolve(Article("b", "Mr. Brankov resigned. Brankov left.", "Mr. Brankov/LOC", "Brankov/ORG"));
        Assert.Equal("PER", Assert.Single(titled).Type);
    }

    [Fact]
    public void An_acronym_after_a_line_break_or_in_a_dateline_defines_nothing()
    {
        var entities = Resolve(
            Article("a", "Passengers boarded Valdor Air Lines\n(CNN) The flight left.", "Valdor Air Lines/ORG", "CNN/ORG"),
            Article("b", "NABI SALEH, West Bank (AP) — Soldiers came.", "West Bank/LOC"));
        Assert.DoesNotContain("CNN", With(entities, "Valdor Air Lines").Variants);
        Assert.Equal(["West Bank"], With(entities, "West Bank").Variants);
    }

    [Fact]
    public void A_name_never_spans_a_line_break()
    {
        var entities = Resolve(Article("a", "Image copyright Getty Images\nThe Williams team won.", "Getty Images\nThe Williams/ORG"));
        Assert.Equal(["Getty Images", "The Williams"], entities.Select(e => e.Canonical));
    }

    [Fact]
    public void A_reporter_in_a_credit_is_cut_from_the_place_after_the_name()
    {
        var entities = Resolve(Article("a", "Crowds gathered.\n(Report Tamara Vaal Noursoultan, with Ivo Brankov)",
            "Tamara Vaal Noursoultan/PER", "Ivo Brankov/PER"));
        Assert.Equal("PER", With(entities, "Tamara Vaal").Type);
        Assert.Equal("LOC", With(entities, "Noursoultan").Type);
    }

    [Fact]
    public void An_agency_credit_word_is_not_part_of_the_agency()
    {
        var entities = Resolve(Article("a", "Soldiers came. (AP Photo/Ivo Brankov) The AP reported.", "AP Photo/ORG", "AP/ORG"));
        Assert.Equal(2, With(entities, "AP").Mentions.Count);
    }

    [Fact]
    public void A_first_name_or_first_surname_joins_the_one_person_of_the_article_with_it()
    {
        var entities = Resolve(
            Article("a", "Bruce M. Steinberg wrote. Bruce said so.", "Bruce M. Steinberg/PER", "Bruce/PER"),
            Article("b", "Luis Solis Rivera won. Solis thanked voters.", "Luis Solis Rivera/PER", "Solis/PER"));
        Assert.Equal(2, With(entities, "Bruce M. Steinberg").Mentions.Count);
        Assert.Equal(2, With(entities, "Luis Solis Rivera").Mentions.Count);
    }

    [Fact]
    public void A_first_name_joins_the_one_full_name_whose_surname_its_article_writes_alone()
    {
        var entities = Resolve(
            Article("a", "Quentin Tarantino directed. Quentin Smith acted.", "Quentin Tarantino/PER", "Quentin Smith/PER"),
            Article("b", "Quentin called. Tarantino agreed.", "Quentin/PER", "Tarantino/PER"),
            Article("c", "Quentin left.", "Quentin/PER"));
        Assert.Equal(["Quentin Tarantino", "Quentin", "Tarantino"], With(entities, "Quentin Tarantino").Variants);
        Assert.Equal(4, With(entities, "Quentin Tarantino").Mentions.Count);
    }

    [Fact]
    public void One_first_name_that_articles_point_to_two_people_joins_neither()
    {
        var entities = Resolve(
            Article("a", "Quentin Tarantino directed. Quentin Smith acted.", "Quentin Tarantino/PER", "Quentin Smith/PER"),
            Article("b", "Quentin called. Tarantino agreed.", "Quentin/PER", "Tarantino/PER"),
            Article("c", "Quentin left. Smith stayed.", "Quentin/PER", "Smith/PER"));
        Assert.NotEqual(With(entities, "Quentin Tarantino").Id, With(entities, "Quentin Smith").Id);
        Assert.Equal(["Quentin"], With(entities, "Quentin").Variants);
    }

    [Fact]
    public void A_first_name_two_people_share_stays_apart()
    {
        var entities = Resolve(Article("a", "Ana Brankov and Ana Petrova met. Ana spoke.", "Ana Brankov/PER", "Ana Petrova/PER", "Ana/PER"));
        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void A_place_named_after_a_person_is_not_his_first_name()
    {
        var entities = Resolve(Article("a", "Nursultan Nazarbayev stayed in the capital, Nursultan, all week.",
            "Nursultan Nazarbayev/PER", "Nursultan/PER"));
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_demonym_is_not_a_spelling_of_its_place_but_a_plural_is_one_of_the_name()
    {
        Assert.False(NameKey.WordsMatch("Russia", "Russian"));
        Assert.False(NameKey.WordsMatch("Germany", "German"));
        Assert.False(NameKey.WordsMatch("Germany", "Germans"));
        Assert.False(NameKey.WordsMatch("Israel", "Israeli"));
        Assert.True(NameKey.WordsMatch("Russian", "Russians"));
        Assert.True(NameKey.WordsMatch("Nazarbayev", "Nazarbaev"));
    }
}
