namespace Corroborate.Core.Text;

/// <summary>The segmentation stage: tokens and sentences for every article, with offsets into its text.</summary>
public sealed class Segmenter : IArticleStage
{
    public string Name => "segmentation";

    public StageContract Contract { get; } = new([Annotation.Paragraphs], [Annotation.Tokens, Annotation.Sentences]);

    public Article Process(Article article)
    {
        var tokens = Tokenizer.Tokenize(article.Text);
        var paragraphs = article.Paragraphs.Count > 0 ? article.Paragraphs : ParagraphSplitter.Split(article.Text);
        return article with { Tokens = tokens, Sentences = SentenceSplitter.Split(article.Text, tokens, paragraphs) };
    }
}
