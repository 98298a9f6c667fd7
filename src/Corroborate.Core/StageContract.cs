namespace Corroborate.Core;

/// <summary>What stages read from an article and add to it.</summary>
public enum Annotation
{
    /// <summary>Plain text's dateline, headline and byline moved into the metadata.</summary>
    Layout,
    /// <summary>Scraper furniture (menus, captions, share prompts) removed from the text.</summary>
    CleanText,
    Paragraphs,
    Language,
    Tokens,
    Sentences,
    /// <summary>Named-entity mentions.</summary>
    Mentions,
    /// <summary>Date expressions and the reporting date.</summary>
    Dates,
    Quantities,
    Claims,
    Quotes,
}

/// <summary>
/// What a stage needs before it runs and what it adds. A stage that rewrites the text (removes lines) makes every
/// annotation with offsets into the old text stale, so those must come after it.
/// </summary>
public sealed record StageContract(IReadOnlyList<Annotation> Needs, IReadOnlyList<Annotation> Adds, bool RewritesText = false)
{
    /// <summary>The annotations that hold offsets into the text.</summary>
    public static IReadOnlyList<Annotation> Spans { get; } =
    [
        Annotation.Paragraphs, Annotation.Tokens, Annotation.Sentences, Annotation.Mentions, Annotation.Dates,
        Annotation.Quantities, Annotation.Claims, Annotation.Quotes,
    ];

    /// <summary>
    /// Walks the stages in order from <paramref name="given"/> and returns what the last one leaves.
    /// </summary>
    /// <exception cref="StageOrderException">When a stage needs what no earlier stage added (or a rewrite made stale).</exception>
    public static IReadOnlySet<Annotation> Check(IEnumerable<(string Name, StageContract Contract)> stages, IEnumerable<Annotation> given)
    {
        var available = new HashSet<Annotation>(given);
        var staleAfter = new Dictionary<Annotation, string>();
        foreach (var (name, contract) in stages)
        {
            var missing = contract.Needs.Where(n => !available.Contains(n)).ToList();
            if (missing.Count > 0) throw new StageOrderException(Explain(name, missing, staleAfter));
            if (contract.RewritesText)
                foreach (var span in Spans.Where(available.Remove)) staleAfter[span] = name;
            available.UnionWith(contract.Adds);
            foreach (var added in contract.Adds) staleAfter.Remove(added);
        }
        return available;
    }

    private static string Explain(string stage, List<Annotation> missing, Dictionary<Annotation, string> staleAfter) =>
        $"stage '{stage}' needs " + string.Join(", ", missing.Select(m => staleAfter.TryGetValue(m, out var rewriter)
            ? $"{Describe(m)}, made stale when stage '{rewriter}' rewrote the text (run '{rewriter}' earlier)"
            : $"{Describe(m)}, which no earlier stage adds (run the stage that adds it first)"));

    private static string Describe(Annotation a) => a.ToString().ToLowerInvariant();
}

/// <summary>Stages composed in an order that cannot work; the message says which stage needs what.</summary>
public sealed class StageOrderException(string message) : Exception(message);
