using Corroborate.Core.Text;

namespace Corroborate.Core.Entities;

/// <summary>Plain text turned into sentences of words, for learning casing habits and word clusters.</summary>
public static class RunningText
{
    public static IEnumerable<string[]> Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        int t = 0;
        foreach (var sentence in SentenceSplitter.Split(text, tokens, ParagraphSplitter.Split(text)))
        {
            var words = new List<string>();
            while (t < tokens.Count && tokens[t].Start < sentence.End) { words.Add(text[tokens[t].Start..tokens[t].End]); t++; }
            yield return [.. words];
        }
    }
}
