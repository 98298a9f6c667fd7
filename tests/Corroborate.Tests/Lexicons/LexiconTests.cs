using Corroborate.Core.Cleaning;
using Corroborate.Core.Entities.Resolution;
using Corroborate.Core.Lexicons;
using Corroborate.Core.Provenance;
using Corroborate.Core.Quantities;
using Corroborate.Core.Stories;
using Corroborate.Core.Text;
using Corroborate.Core.Time;

namespace Corroborate.Tests.Lexicons;

/// <summary>Each kind of word is listed once, without repeats, and the stages that need it read that one list.</summary>
public sealed class LexiconTests
{
    private static void AssertNoRepeats(IEnumerable<string> words, StringComparer comparer, string list)
    {
        var repeated = words.GroupBy(w => w, comparer).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"{list} repeats {string.Join(", ", repeated)}");
    }

    [Fact]
    public void NoListRepeatsAWord()
    {
        var anyCase = StringComparer.OrdinalIgnoreCase;
        AssertNoRepeats(MonthNames.Pattern.Split('|'), anyCase, nameof(MonthNames));
        AssertNoRepeats(WeekdayNames.Full.Concat(WeekdayNames.Abbreviations), anyCase, nameof(WeekdayNames));
        AssertNoRepeats(
            $"{NumberWords.OneToNinePattern}|{NumberWords.TenToNineteenPattern}|{NumberWords.TensPattern}|{NumberWords.ScalePattern}|{NumberWords.ShortScalePattern}".Split('|'),
            anyCase, nameof(NumberWords));
        AssertNoRepeats(StopWords.Lists.SelectMany(list => list), StringComparer.Ordinal, nameof(StopWords));
        foreach (var (name, verbs) in ReportingVerbs.Lists) AssertNoRepeats(verbs.Split('|'), anyCase, name);
        AssertNoRepeats(Units.AllForms, StringComparer.Ordinal, nameof(Units));
    }

    [Fact]
    public void ListsAreInTheirDocumentedShape()
    {
        Assert.Equal(12, MonthNames.Full.Count);
        Assert.Equal(7, WeekdayNames.Full.Count);
        Assert.All(StopWords.Lists.SelectMany(list => list), w => Assert.Equal(w.ToLowerInvariant(), w));
        // The stop-word lists nest, so a word left out of sentence comparison is left out everywhere.
        Assert.Subset(StopWords.AroundFigures.ToHashSet(), StopWords.Commonest.ToHashSet());
        Assert.Subset(StopWords.TopicTerms.ToHashSet(), StopWords.AroundFigures.ToHashSet());
        Assert.All(NumberWords.SecondScalePattern.Split('|'), w => Assert.Contains(w, NumberWords.ScalePattern.Split('|')));
        Assert.All(
            $"{NumberWords.ScalePattern}|{NumberWords.ShortScalePattern}".Split('|'), w => Assert.True(NumberWords.Scales.ContainsKey(w), w));
    }

    public static TheoryData<string, int> MonthForms()
    {
        var data = new TheoryData<string, int>();
        for (int m = 0; m < 12; m++) data.Add(MonthNames.Full[m], m + 1);
        foreach (var abbreviation in MonthNames.AbbreviationPattern.Split('|'))
            data.Add(abbreviation, MonthNames.Full.ToList().FindIndex(n => n.StartsWith(abbreviation[..3], StringComparison.Ordinal)) + 1);
        return data;
    }

    [Theory]
    [MemberData(nameof(MonthForms))]
    public void EveryMonthFormIsReadByTheDateGrammarAndTheDatelineParser(string form, int month)
    {
        Assert.Equal(month, MonthNames.NumberOf(form));
        var mention = Assert.Single(TimeGrammar.Find($"The talks opened on 6 {form} 2022 in the capital."));
        Assert.Equal((2022, month, 6), (mention.Year, mention.Month, mention.Day));
        Assert.True(DatelineParser.TryParse($"6 {form} 2022", out var date));
        Assert.Equal(month, date.Month);
    }

    [Fact]
    public void EveryAbbreviatedMonthAndWeekdayKeepsItsDotInOneToken()
    {
        foreach (var word in MonthNames.Abbreviations.Concat(WeekdayNames.Abbreviations))
        {
            string text = $"It was {word}. 5 then.";
            var tokens = Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToList();
            Assert.Contains(word + ".", tokens);
        }
    }

    [Fact]
    public void EveryWeekdayIsReadByTheDateGrammar()
    {
        foreach (var day in WeekdayNames.Full)
        {
            var mention = Assert.Single(TimeGrammar.Find($"The talks opened on {day} in the capital."));
            Assert.Equal(Enum.Parse<DayOfWeek>(day), mention.Weekday);
        }
    }

    [Fact]
    public void EveryNumberWordBelowTwentyIsReadByTheQuantityFinderAndTheDateGrammar()
    {
        var words = $"{NumberWords.OneToNinePattern}|{NumberWords.TenToNineteenPattern}".Split('|');
        for (int i = 0; i < words.Length; i++)
        {
            var quantity = Assert.Single(QuantityFinder.Find($"Police arrested {words[i]} people."));
            Assert.Equal(i + 1, quantity.Low);
            var ago = Assert.Single(TimeGrammar.Find($"The talks opened {words[i]} days ago."));
            Assert.Equal(-(i + 1), ago.Offset);
        }
        foreach (var tens in NumberWords.TensPattern.Split('|'))
            Assert.Equal(NumberWords.ParseSmall(tens)! + 5, NumberWords.ParseSmall($"{tens}-five"));
    }

    [Fact]
    public void EveryStageStripsAccentsAlike()
    {
        Assert.Equal("nazarbaiev", NameKey.Fold("Nazarbaïev"));
        Assert.Contains("nazarbaiev", SentenceWords.Of("Nazarbaïev spoke"));
        Assert.Equal(new[] { "alanic" }, TermExtractor.Words("Alanić"));
        Assert.Equal(WordTokens.Of("Nazarbaïev").Hashes[0], WordTokens.Of("Nazarbaiev").Hashes[0]);
        // A letter without a decomposition folds to its plain spelling; the one-character fold takes its first letter.
        foreach (var (letter, plain) in Diacritics.PlainSpellings)
        {
            Assert.Equal(plain, NameKey.Fold(letter.ToString()));
            Assert.Equal(plain[0], WordTokens.Fold(letter));
        }
    }

    [Fact]
    public void UnitsGiveTheirDimensionAndTheUnitFiguresAreComparedIn()
    {
        Assert.Equal("distance", Units.DimensionOf("Kilometres."));
        Assert.Equal("area", Units.DimensionOf("square miles"));
        Assert.Equal(("years", 10.0), Units.ComparableUnit("decades"));
        Assert.Equal(("barrel", 1.0), Units.ComparableUnit("barrels"));
        // A unit converts into a unit of its own dimension: miles into metres, never into kilograms.
        Assert.All(Units.ConvertedForms.Where(form => Units.DimensionOf(form) is not null),
            form => Assert.Equal(Units.DimensionOf(form), Units.DimensionOf(Units.ComparableUnit(form).Unit)));
    }

    [Fact]
    public void SentenceComparisonAndTopicTermsLeaveOutTheSharedStopWords()
    {
        Assert.Empty(SentenceWords.Of(string.Join(' ', StopWords.Commonest)));
        Assert.Empty(TermExtractor.Words(string.Join(' ', StopWords.Commonest.Where(w => w.Length > 1))));
        Assert.Empty(TermExtractor.Words(string.Join(' ', WeekdayNames.Full)));
    }
}
