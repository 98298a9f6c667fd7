using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// Groups one article's entity mentions into entities. Within an article, a shorter name that matches the end
/// of exactly one fuller name of the same type is that entity ("Mr. Nazarbayev" after "Nursultan Nazarbayev"),
/// and an acronym in brackets right after a name is defined as that name, so its other mentions join it. When
/// a short name fits two entities it is left on its own: a missed link costs less than a false one. Before that,
/// a name is cut at a line break, and a reporter's name in a credit is cut from the place after it; each mention
/// then takes the type that the mentions of its name in the article carry most, with context
/// (<see cref="TypeVote"/>), so that one name is not split by the tagger's type for each mention.
/// </summary>
public static partial class ArticleCoreference
{
    /// <summary>
    /// An acronym in brackets right after a name, on the same line, and not a dateline's agency ("NABI SALEH, West
    /// Bank (AP) —"): a definition never spans a line break (a headline's last words before a "(CNN)" dateline).
    /// </summary>
    [GeneratedRegex(@"\G[ \t]*\([ \t]*(?<acronym>[A-Z][A-Za-z]{1,7})[ \t]*\)(?![ \t]*[—–-])")]
    private static partial Regex BracketedAcronym();

    /// <summary>"Organization of the " before a name the tagger cut short: part of the expansion.</summary>
    [GeneratedRegex(@"(?<head>\p{Lu}\p{L}+ (?:of|for) (?:the )?)$")]
    private static partial Regex ExpansionHead();

    private sealed class Group(string type, int order)
    {
        public string Type { get; } = type;
        /// <summary>Groups are made in this order; a name that fits several joins the first.</summary>
        public int Order { get; } = order;
        public List<MentionRef> Mentions { get; } = [];
        public List<string> Acronyms { get; } = [];
        public string? Expansion { get; set; }
    }

    public static List<LocalEntity> Resolve(Article article)
    {
        var cleaned = article.Mentions.SelectMany(m => Clean(article.Text, m)).ToList();
        var mentions = TypeVote.InArticle(article.Text, cleaned);
        var groups = new List<Group>();
        var names = new NameIndex();
        // Fuller names first, so that a short name can join whichever full name it abbreviates, before or after it.
        foreach (var m in mentions.OrderByDescending(m => NameKey.Words(m.Text).Length).ThenBy(m => m.Start))
        {
            var keys = NameKey.Words(m.Text).Select(NameKey.Key).ToArray();
            if (keys.Length == 0) continue;
            var group = names.Find(m.Type, keys, firstNames: !TypeVote.HasPlaceContext(article.Text, m));
            if (group is null) groups.Add(group = new Group(m.Type, groups.Count));
            group.Mentions.Add(new MentionRef(article.Id, m.Start, m.End, m.Text));
            names.Add(group, keys);
        }
        DefineAcronyms(article, groups);
        return groups
            .Select(g => new LocalEntity(article.Id, g.Type, g.Mentions.OrderBy(m => m.Start).ToList(), g.Acronyms, g.Expansion))
            .OrderBy(e => e.Mentions[0].Start)
            .ToList();
    }

    /// <summary>
    /// The parts of a mention between line breaks (a name never spans one; the tagger joins a caption's credit to
    /// the next line's first words), each without a leading title, a trailing possessive or credit word ("AP Photo"),
    /// and a credit's reporter
    /// without the place after the name (<see cref="CutCreditPlace"/>). Parts with nothing left are dropped.
    /// </summary>
    private static IEnumerable<EntityMention> Clean(string text, EntityMention m)
    {
        int from = m.Start;
        while (from < m.End)
        {
            int lineEnd = text.IndexOfAny(['\n', '\r'], from, m.End - from);
            int to = lineEnd < 0 ? m.End : lineEnd;
            if (Trim(text, m with { Start = from, End = to }) is { } part)
                foreach (var piece in CutCreditPlace(text, part)) yield return piece;
            from = to + 1;
        }
    }

    private static EntityMention? Trim(string text, EntityMention m)
    {
        int start = m.Start, end = m.End;
        while (char.IsWhiteSpace(text[start]) && start < end - 1) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (true)
        {
            int space = text.IndexOf(' ', start, end - start);
            bool title = space >= 0 &&
                (PersonCues.Titles.Contains(text[start..space].TrimEnd('.')) || EndsTitle(text, start, space));
            if (!title) break;
            start = space + 1;
        }
        if (end - start > 2 && (text[(end - 2)..end] is "'s" or "’s")) end -= 2;
        int lastSpace = text.LastIndexOf(' ', end - 1, end - start);
        if (lastSpace > start && PersonCues.CreditTrailers.Contains(text[(lastSpace + 1)..end])) end = lastSpace;
        return end > start && text.AsSpan(start, end - start).ContainsAnyExcept(" \t")
            ? m with { Start = start, End = end, Text = text[start..end] }
            : null;
    }

    /// <summary>Whether the word [start, end) ends a title of several words begun before it (Head of State).</summary>
    private static bool EndsTitle(string text, int start, int end)
    {
        string before = text[Math.Max(0, start - 24)..end].ToLowerInvariant();
        return PersonCues.MultiWordTitles.Any(t => before.EndsWith(t, StringComparison.Ordinal) &&
            (before.Length == t.Length || !char.IsLetter(before[^(t.Length + 1)])));
    }

    /// <summary>
    /// In a byline or credit ("Report Olzhas Asezov and Tamara Vaal Noursoultan, with ..."), a reporter's name is
    /// often followed by the place they filed from, and the tagger takes both for one person. A person of three
    /// words or more there, whose last word is not an initial, is the reporter without it; the last word is a place.
    /// </summary>
    private static IEnumerable<EntityMention> CutCreditPlace(string text, EntityMention m)
    {
        var words = NameKey.Words(m.Text);
        int lastSpace = m.Text.LastIndexOf(' ');
        if (m.Type != "PER" || words.Length < 3 || lastSpace < 0 || words[^1].Length < 3 || !InCredit(text, m.Start))
        {
            yield return m;
            yield break;
        }
        yield return m with { End = m.Start + lastSpace, Text = m.Text[..lastSpace] };
        yield return m with { Start = m.Start + lastSpace + 1, Type = "LOC", Text = m.Text[(lastSpace + 1)..] };
    }

    /// <summary>
    /// Whether the line or bracket this place is in opens with a credit word (by, Report, Photograph).
    /// </summary>
    private static bool InCredit(string text, int at)
    {
        int lineStart = text.LastIndexOfAny(['\n', '('], Math.Max(0, at - 1)) + 1;
        var first = FirstWord().Match(text, lineStart, at - lineStart);
        return at - lineStart <= 200 && first.Success && PersonCues.CreditOpeners.Contains(first.Groups["word"].Value);
    }

    [GeneratedRegex(@"\G\P{L}*(?<word>\p{L}+)")]
    private static partial Regex FirstWord();

    /// <summary>
    /// "Long Name (ACR)": ACR becomes an acronym of the long name's entity. Mentions of ACR that the tagger
    /// found join that entity; occurrences it missed are added as mentions.
    /// </summary>
    private static void DefineAcronyms(Article article, List<Group> groups)
    {
        string text = article.Text;
        foreach (var group in groups.ToList())
        {
            foreach (var mention in group.Mentions.ToList())
            {
                var match = BracketedAcronym().Match(text, mention.End);
                if (!match.Success) continue;
                string acronym = match.Groups["acronym"].Value;
                if (acronym.Count(char.IsUpper) < 2 || group.Acronyms.Contains(acronym) || NameKey.Words(mention.Text).Length < 2) continue;
                group.Acronyms.Add(acronym);
                var head = ExpansionHead().Match(text[Math.Max(0, mention.Start - 40)..mention.Start]);
                group.Expansion ??= head.Success ? head.Groups["head"].Value + mention.Text : mention.Text;
                foreach (var other in groups.Where(g => g != group && g.Mentions.All(m => m.Text == acronym)).ToList())
                {
                    group.Mentions.AddRange(other.Mentions);
                    groups.Remove(other);
                }
                foreach (Match occurrence in Regex.Matches(text, $@"\b{Regex.Escape(acronym)}\b"))
                    if (!groups.Any(g => g.Mentions.Any(m => m.Start <= occurrence.Index && occurrence.Index < m.End)))
                        group.Mentions.Add(new MentionRef(article.Id, occurrence.Index, occurrence.Index + acronym.Length, acronym));
            }
        }
    }
}
