using Corroborate.Core.Text;

namespace Corroborate.Core.Entities;

/// <summary>
/// The NER stage: tags each article's sentences with the shipped model (or a given one) and records the
/// entity mentions with their offsets. The whole article is one document for the tagger, so that a name
/// tagged clearly once helps with its other mentions.
/// </summary>
public sealed class EntityRecognizer(NerModel? model = null) : IArticleStage
{
    private const string ResourceName = "Corroborate.Models.ner.bin.gz";
    private static readonly Lazy<NerModel> Shipped = new(LoadShipped);

    public string Name => "entities";

    public StageContract Contract { get; } = new([Annotation.Tokens, Annotation.Sentences], [Annotation.Mentions]);

    public NerModel Model => model ?? Shipped.Value;

    public Article Process(Article article)
    {
        var segmented = article.Tokens.Count == 0 && article.Text.Length > 0 ? new Segmenter().Process(article) : article;
        return segmented with { Mentions = Find(article.Text, segmented.Tokens, segmented.Sentences) };
    }

    /// <summary>Mentions in plain text, with offsets into it.</summary>
    public IReadOnlyList<EntityMention> Find(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return Find(text, tokens, SentenceSplitter.Split(text, tokens, ParagraphSplitter.Split(text)));
    }

    private List<EntityMention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var sentenceTokens = new List<Token[]>(sentences.Count);
        var words = new List<string[]>(sentences.Count);
        int t = 0;
        foreach (var sentence in sentences)
        {
            int first = t;
            while (t < tokens.Count && tokens[t].Start < sentence.End) t++;
            var sentenceWords = new string[t - first];
            var own = new Token[t - first];
            for (int k = 0; k < own.Length; k++) sentenceWords[k] = ModelWord(text, own[k] = tokens[first + k]);
            sentenceTokens.Add(own);
            words.Add(sentenceWords);
        }
        var tags = Model.Tag(words);
        var mentions = new List<EntityMention>();
        for (int s = 0; s < tags.Length; s++)
            foreach (var (start, end, type) in EntityTags.Chunks(tags[s]))
            {
                int from = sentenceTokens[s][start].Start, to = sentenceTokens[s][end - 1].End;
                mentions.Add(new EntityMention(from, to, EntityTags.Types[type], text[from..to]));
            }
        return mentions;
    }

    /// <summary>The training data writes quotes and dashes in ASCII; news text often does not.</summary>
    private static string ModelWord(string text, Token token)
    {
        var span = text.AsSpan(token.Start, token.Length);
        if (span.IndexOfAny("“”‘’—–«»") < 0) return span.ToString();
        return string.Create(span.Length, token, (chars, tok) =>
        {
            for (int i = 0; i < chars.Length; i++)
                chars[i] = text[tok.Start + i] switch { '“' or '”' or '«' or '»' => '"', '‘' or '’' => '\'', '—' or '–' => '-', var c => c };
        });
    }

    private static NerModel LoadShipped()
    {
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("this build has no NER model: train one with 'corroborate train ner' into models/ner.bin.gz and rebuild");
        return NerModel.Load(stream);
    }
}
