namespace Corroborate.Core.Quantities;

/// <summary>Per-article stage: every quantity in the text, skipping the digits that belong to date expressions.</summary>
public sealed class QuantityStage : IArticleStage
{
    public string Name => "quantities";

    public StageContract Contract { get; } = new([Annotation.Dates], [Annotation.Quantities]);

    public Article Process(Article article) =>
        article with { Quantities = QuantityFinder.Find(article.Text, article.TimeExpressions.Select(t => t.Span).ToList()) };
}
