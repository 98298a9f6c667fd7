using System.Collections.Frozen;

namespace Corroborate.Core.Lexicons;

/// <summary>
/// Verbs that report speech or a figure ("said", "told", "put the toll at"), in the forms news writes them, as regex
/// alternations. Each pattern that needs them takes a named list from here. The lists differ because each pattern
/// reads them in another place of the sentence, where a wider list was measured to bring false matches or was
/// never tried; what each list is for says which.
/// </summary>
public static class ReportingVerbs
{
    /// <summary>The forms nearly every list holds.</summary>
    public const string Commonest = "said|says|told|reported";

    /// <summary>
    /// After a source and before or after its figure ("the ministry said", "police put the toll at", "officials gave
    /// a toll of"): any tense, and the verbs that give a figure as well as those that say something.
    /// </summary>
    public const string AfterSource = Commonest +
        "|say|tells|reports|announced|announces|claimed|claims|claim|stated|states|added|confirmed|confirms|estimated|estimates|estimate" +
        "|indicated|declared|noted|wrote|put|puts|counted|counts|recorded|gave|give|gives";

    /// <summary>
    /// After a comma and before the source (", said the ministry", ", indicated the police"): the past tense only,
    /// as the pattern was tuned; no present form has been tried there.
    /// </summary>
    public const string BeforeSource = "said|reported|indicated|announced|declared|told|added|claimed|stated";

    /// <summary>
    /// A time right next to one of these dates the report, not the event ("said on Sunday"): the verbs of saying and
    /// of publishing a figure ("released", "updated"), past and third person.
    /// </summary>
    public const string DatingTheReport = Commonest +
        "|reports|announced|claimed|stated|added|confirmed|estimated|estimates|indicated|declared|quoted|put|puts|offered|gave" +
        "|released|published|updated";

    /// <summary>An attribution set off by commas closes a clause (", Reuters reported,"): the verbs that stand so.</summary>
    public const string BetweenCommas = Commonest + "|reports|added";

    /// <summary>
    /// Introduce a direct quote: verbs of saying and of its manner ("warned", "tweeted"), not those that only give a
    /// figure ("estimated", "put").
    /// </summary>
    public const string BeforeQuote =
        "said|says|say|told|tells|added|adds|declared|wrote|writes|asked|stated|explained|insisted|warned|replied|recalled" +
        "|noted|continued|argued|tweeted|announced|posted|stressed|urged|assured";

    /// <summary>
    /// Words between a figure and an earlier noun that put the noun in another statement ("killed 63, officials said,
    /// and 2,100 cases"); "according" is no verb but ends a statement the same way.
    /// </summary>
    public static readonly FrozenSet<string> EndingAStatement =
        (Commonest + "|according").Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every list, by name, for the test that none repeats a form.</summary>
    internal static IReadOnlyDictionary<string, string> Lists => new Dictionary<string, string>
    {
        [nameof(AfterSource)] = AfterSource, [nameof(BeforeSource)] = BeforeSource, [nameof(DatingTheReport)] = DatingTheReport,
        [nameof(BetweenCommas)] = BetweenCommas, [nameof(BeforeQuote)] = BeforeQuote,
    };
}
