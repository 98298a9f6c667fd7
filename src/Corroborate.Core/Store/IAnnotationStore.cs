namespace Corroborate.Core.Store;

/// <summary>
/// The per-article stages' annotations, kept so that they are computed once: one encoded value per article (see
/// <see cref="AnnotationCodec"/>) with the version of the code that made it. The store treats it as bytes.
/// </summary>
public interface IAnnotationStore
{
    /// <summary>Saves each given article's annotations, unless it has some of the same version stored (those were made from the first text stored).</summary>
    void SaveAnnotations(IReadOnlyList<StoredAnnotations> annotations);

    /// <summary>The annotations of the requested articles that were made by <paramref name="version"/>; others are left out.</summary>
    IReadOnlyDictionary<string, byte[]> LoadAnnotations(IReadOnlyCollection<string> ids, string version);
}

public sealed record StoredAnnotations(string ArticleId, string Version, byte[] Data);
