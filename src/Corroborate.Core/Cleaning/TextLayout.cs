using System.Text.RegularExpressions;

namespace Corroborate.Core.Cleaning;

/// <summary>
/// Reads the head of a plain-text article the way a person would: a leading dateline is the publication
/// date, the first short line that looks like a headline is the title, and a "By …" line is the byline.
/// Those lines leave the body and become metadata. Articles that already carry a title are left alone.
/// </summary>
public sealed partial class TextLayout : IArticleStage
{
    public string Name => "layout";

    public StageContract Contract { get; } = new([], [Annotation.Layout], RewritesText: true);

    [GeneratedRegex(@"^by\s+\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,3})*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    public Article Process(Article article)
    {
        if (article.Format != SourceFormat.Text || article.Title is not null) return article;
        var editor = new LineEditor(article);
        var head = editor.Lines.Where(l => !l.IsBlank).Take(6).ToList();
        var reasons = new Dictionary<int, string>();
        DateTimeOffset? published = article.Published;
        string? title = null, author = article.Author;
        int next = 0;
        if (head.Count > 0 && DatelineParser.TryParse(head[0].Text, out var dateline))
        {
            reasons[head[0].Index] = "dateline";
            published ??= dateline;
            next = 1;
        }
        if (next < head.Count && LooksLikeTitle(head[next].Text) && head.Count > next + 1)
        {
            title = head[next].Text.Trim();
            reasons[head[next].Index] = "title";
            next++;
        }
        for (int i = next; i < Math.Min(head.Count, next + 6); i++)
        {
            if (!Byline().IsMatch(head[i].Text.Trim())) continue;
            author ??= head[i].Text.Trim()[2..].Trim();
            reasons[head[i].Index] = "byline";
            break;
        }
        var edited = editor.Remove(reasons);
        return edited with { Title = title ?? FirstSentence(edited.Text), Published = published, Author = author };
    }

    /// <summary>A headline is short, starts like a sentence and does not end like one.</summary>
    public static bool LooksLikeTitle(string line)
    {
        string t = line.Trim();
        int words = JunkLineClassifier.CountWords(t);
        if (words < 2 || words > 25 || t.Length > 220) return false;
        if (t.EndsWith('.') || t.EndsWith(',') || t.EndsWith(';')) return false;
        if (JunkLineClassifier.Classify(t) != JunkLineClassifier.Verdict.Body) return false;
        char first = t[0];
        return char.IsUpper(first) || char.IsDigit(first) || first is '"' or '\'';
    }

    /// <summary>Stand-in title for text that has none: its first sentence, cut at a word boundary.</summary>
    public static string? FirstSentence(string text)
    {
        string firstLine = text.Split('\n', 2)[0].Trim();
        if (firstLine.Length == 0) return null;
        int end = firstLine.IndexOfAny(['.', '!', '?']);
        string sentence = end > 0 ? firstLine[..end] : firstLine;
        if (sentence.Length <= 120) return sentence;
        int cut = sentence.LastIndexOf(' ', 120);
        return sentence[..(cut > 40 ? cut : 120)] + "…";
    }
}
