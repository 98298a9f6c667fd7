namespace Corroborate.Core.Changes;

/// <summary>
/// A change record in plain sentences, one per line: the CLI, the Atom feeds and the web pages all say it this way.
/// </summary>
public static class StoryChangeText
{
    public static string Title(StoryChange c) =>
        $"{c.Headline ?? $"Story {c.Story}"}: {(c.Created ? "new story" : Summary(c))}";

    /// <summary>The most telling change first: disputes, then moved figures, then sources and articles.</summary>
    public static string Summary(StoryChange c)
    {
        var parts = new List<string>();
        if (c.NewDisputes.Count > 0) parts.Add(Count(c.NewDisputes.Count, "new dispute"));
        if (c.DisputesResolved.Count > 0)
            parts.Add(Count(c.DisputesResolved.Count, "dispute resolved", "disputes resolved"));
        if (c.FiguresUpdated.Count > 0) parts.Add(Count(c.FiguresUpdated.Count, "figure updated", "figures updated"));
        if (c.NewSources.Count > 0) parts.Add(Count(c.NewSources.Count, "new source"));
        if (c.ArticlesAdded > 0) parts.Add(Count(c.ArticlesAdded, "new article"));
        return parts.Count > 0 ? string.Join(", ", parts) : "no change";
    }

    public static IReadOnlyList<string> Lines(StoryChange c)
    {
        var lines = new List<string>
        {
            c.Created
                ? $"Story created with {Count(c.Articles, "article")} "
                    + $"from {Count(c.NewSources.Count, "independent source")}."
                : $"{Count(c.ArticlesAdded, "article")} added; the story now has {Count(c.Articles, "article")}.",
        };
        lines.AddRange(c.FiguresUpdated.Select(f =>
            $"Figure updated: {f.Category} ({f.Subject}) {f.From} → {f.To}{Given(f.Sources)}."));
        lines.AddRange(c.NewDisputes.Select(d =>
            $"New dispute ({d.Kind}): {d.Category} ({d.Subject}) {string.Join(" vs ", d.Values)}. {d.Note}"));
        lines.AddRange(c.DisputesResolved.Select(d =>
            $"Dispute resolved: {d.Category} ({d.Subject}), was {string.Join(" vs ", d.WasValues)}; " + Now(d)));
        if (!c.Created)
            lines.AddRange(c.NewSources.Select(s =>
                $"New source: {string.Join(", ", s.Outlets)} ({Count(s.Articles, "article")})."));
        return lines;
    }

    private static string Now(ResolvedDispute d) => d.NowKind is null
        ? "no longer a finding."
        : $"now {d.NowKind}{(d.NowValue is null ? "" : $", {d.NowValue}")}.";

    private static string Given(IReadOnlyList<string> sources) =>
        sources.Count > 0 ? $" (given by {string.Join(", ", sources)})" : "";

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
