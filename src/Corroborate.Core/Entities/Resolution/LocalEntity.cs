namespace Corroborate.Core.Entities.Resolution;

/// <summary>One mention of an entity: [Start, End) in the article's text.</summary>
public sealed record MentionRef(string ArticleId, int Start, int End, string Text);

/// <summary>
/// The mentions of one entity within one article, as found by <see cref="ArticleCoreference"/>: its type, the
/// acronyms the article defines for it ("National Security Committee (KNB)") and the long form they expand.
/// </summary>
public sealed record LocalEntity(string ArticleId, string Type, IReadOnlyList<MentionRef> Mentions, IReadOnlyList<string> Acronyms, string? Expansion)
{
    /// <summary>The fullest name the article uses: the mention with most words (first one on ties), acronyms aside.</summary>
    public string Name => Mentions.Select(m => m.Text).Where(t => !Acronyms.Contains(t))
        .OrderByDescending(t => NameKey.Words(t).Length).FirstOrDefault() ?? Mentions[0].Text;
}

/// <summary>An entity across the corpus: one canonical name and every mention, in every spelling.</summary>
public sealed record ResolvedEntity(string Id, string Canonical, string Type, IReadOnlyList<string> Variants, IReadOnlyList<MentionRef> Mentions);
