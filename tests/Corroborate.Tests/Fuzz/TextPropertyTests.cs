using Corroborate.Core.Quantities;
using Corroborate.Core.Time;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Fuzz;

/// <summary>
/// Properties of the text stages over generated news-like text (numbers, qualifiers, units, dates, punctuation and
/// odd characters in any order): they never throw, and what they find lies inside the text without overlapping.
/// </summary>
public sealed class TextPropertyTests
{
    private static readonly string[] Tokens =
    [
        "12", "1,234", "3.5", "2017", "more than", "about", "at least", "people", "killed", "injured", "km", "miles", "%", "$",
        "€", "£", "million", "billion", "-", "–", "to", "between", "and", "March", "Thursday", "last", "on", "since", ".", ",", "\n",
        "Mr.", "Dr.", "(", ")", "\"", "“", "\u00A0", "\0", "\uFFFF", "twenty-one", "dozens", "a dozen", "9pm", "1/2", "5-6,000",
    ];

    private static Arbitrary<string> NewsLikeText() =>
        Gen.Elements(Tokens).ListOf().Select(words => string.Join(" ", words)).ToArbitrary();

    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void QuantitiesLieInsideTheTextInOrderWithoutOverlap() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            var found = QuantityFinder.Find(text);
            return found.All(q => q.Span.Start >= 0 && q.Span.Start < q.Span.End && q.Span.End <= text.Length)
                && found.Zip(found.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
        }).Check(Cases);

    [Fact]
    public void TimeMentionsLieInsideTheText() =>
        Prop.ForAll(NewsLikeText(), text => TimeGrammar.Find(text).All(m => m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Start < m.Span.End))
            .Check(Cases);
}
