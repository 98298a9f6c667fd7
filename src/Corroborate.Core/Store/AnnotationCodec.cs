using System.Text.Json.Serialization;
using Corroborate.Core.Claims;
using Corroborate.Core.Entities;
using Corroborate.Core.Quantities;
using Corroborate.Core.Quotes;
using Corroborate.Core.Time;

namespace Corroborate.Core.Store;

/// <summary>
/// What the per-article annotators add, written to bytes for <see cref="IAnnotationStore"/> and read back onto a
/// stored article. Tokens are not written: they are the largest part, and no step after the per-article stages
/// reads them (a stage that needs them segments the text itself). A text hash guards against annotations of another
/// cleaning of the same input (the id hashes the text before cleaning).
/// </summary>
public static class AnnotationCodec
{
    /// <summary>
    /// Names the code that made the annotations: the annotators live in this assembly and the NER model is embedded in
    /// it, and a deterministic build gives the same module id for the same sources, so any change to them makes stored
    /// annotations stale and they are computed afresh.
    /// </summary>
    public static string Version { get; } = "1:" + typeof(AnnotationCodec).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static StoredAnnotations Encode(Article article)
    {
        var annotations = new Annotations(TextHash(article.Text), article.Sentences, article.Mentions, article.ReportingDate, article.DateConflict, article.TextDate,
            article.TimeExpressions, article.Quantities, article.Claims, article.Quotes);
        return new StoredAnnotations(article.Id, Version, CompressedJson.Encode(annotations, AnnotationJson.Default.Annotations));
    }

    /// <summary>The stored article with the annotations it had when it was stored; null when they belong to another text.</summary>
    public static Article? Decode(Article stored, byte[] data)
    {
        var a = CompressedJson.Decode(data, AnnotationJson.Default.Annotations, "stored annotations");
        if (a.TextHash != TextHash(stored.Text)) return null;
        return stored with
        {
            Sentences = a.Sentences, Mentions = a.Mentions, ReportingDate = a.ReportingDate, DateConflict = a.DateConflict, TextDate = a.TextDate,
            TimeExpressions = a.TimeExpressions, Quantities = a.Quantities, Claims = a.Claims, Quotes = a.Quotes,
        };
    }

    /// <summary>FNV-1a over the text: a guard against a mix-up, not against an adversary.</summary>
    private static ulong TextHash(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    internal sealed record Annotations(
        ulong TextHash, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<EntityMention> Mentions, DateOnly? ReportingDate, string? DateConflict, DateOnly? TextDate,
        IReadOnlyList<TimeExpression> TimeExpressions, IReadOnlyList<Quantity> Quantities, IReadOnlyList<NumericClaim> Claims,
        IReadOnlyList<Quote> Quotes);
}

[JsonSerializable(typeof(AnnotationCodec.Annotations))]
internal sealed partial class AnnotationJson : JsonSerializerContext;

/// <summary>
/// Stored articles with their annotations: read from the store where it has current ones, else computed and saved
/// (articles stored by another build), so each article is annotated once per build.
/// </summary>
public static class AnnotatedArticles
{
    /// <summary>The requested articles that exist, in ingest order, annotated.</summary>
    public static IReadOnlyList<Article> Load(IStore store, IReadOnlyCollection<string> ids)
    {
        var stored = store.GetArticles(ids);
        var annotations = store.LoadAnnotations(ids, AnnotationCodec.Version);
        var loaded = stored.InOrder()
            .Select(a => (annotations.TryGetValue(a.Id, out var data) ? AnnotationCodec.Decode(a, data) : null) is { } decoded
                ? (Article: decoded, Fresh: false)
                : (Article: Pipeline.Annotate(a), Fresh: true))
            .ToList();
        var fresh = loaded.Where(l => l.Fresh).Select(l => AnnotationCodec.Encode(l.Article)).ToList();
        if (fresh.Count > 0) store.SaveAnnotations(fresh);
        return loaded.Select(l => l.Article).ToList();
    }
}
