namespace Corroborate.Core.Stories;

/// <summary>Where the story stage gets an article's named entities from (surface strings).</summary>
public interface IEntityTermSource
{
    IEnumerable<string> EntityTerms(Article article);
}

/// <summary>
/// A cheap stand-in for named-entity recognition until the entities stage exists: runs of capitalised
/// words, leaving out a lone capitalised word at the start of a sentence or line.
/// </summary>
public sealed class CapitalisedPhrases : IEntityTermSource
{
    public IEnumerable<string> EntityTerms(Article article)
    {
        string text = article.Text;
        var run = new List<string>();
        bool runAtSentenceStart = false;
        bool sentenceStart = true;
        int i = 0;
        while (i <= text.Length)
        {
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'' || text[i] == '-')) i++;
            if (i > start)
            {
                string word = text[start..i];
                if (char.IsUpper(word[0]))
                {
                    if (run.Count == 0) runAtSentenceStart = sentenceStart;
                    run.Add(word);
                }
                else if (Flush(run, runAtSentenceStart) is { } phrase) yield return phrase;
                sentenceStart = false;
            }
            if (i >= text.Length)
            {
                if (Flush(run, runAtSentenceStart) is { } last) yield return last;
                yield break;
            }
            char c = text[i++];
            if (c is '.' or '!' or '?' or '\n' or ':' or '"' or ';' or ',' or '(' or ')')
            {
                if (Flush(run, runAtSentenceStart) is { } phrase) yield return phrase;
                if (c is '.' or '!' or '?' or '\n' or ':' or '"') sentenceStart = true;
            }
        }
    }

    private static string? Flush(List<string> run, bool atSentenceStart)
    {
        if (run.Count == 0) return null;
        string? phrase = run.Count == 1 && atSentenceStart ? null : string.Join(' ', run);
        run.Clear();
        return phrase;
    }
}

/// <summary>The tagger's mentions when the article carries them (fresh from the pipeline), otherwise capitalised phrases.</summary>
public sealed class TaggedOrCapitalised : IEntityTermSource
{
    private readonly CapitalisedPhrases _fallback = new();

    public IEnumerable<string> EntityTerms(Article article) =>
        article.Mentions.Count > 0 ? article.Mentions.Select(m => m.Text) : _fallback.EntityTerms(article);
}
