using System.Text.RegularExpressions;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// Groups one article's entity mentions into entities. Within an article, a shorter name that matches the end
/// of exactly one fuller name of the same type is that entity ("Mr. Nazarbayev" after "Nursultan Nazarbayev"),
/// and an acronym in brackets right after a name is defined as that name, so its other mentions join it. When
/// a short name fits two entities it is left on its own: a missed link costs less than a false one.
/// </summary>
public static partial class ArticleCoreference
{
    [GeneratedRegex(@"\G\s*\(\s*(?<acronym>[A-Z][A-Za-z]{1,7})\s*\)")]
    private static partial Regex BracketedAcronym();

    /// <summary>"Organization of the " before a name the tagger cut short: part of the expansion.</summary>
    [GeneratedRegex(@"(?<head>\p{Lu}\p{L}+ (?:of|for) (?:the )?)$")]
    private static partial Regex ExpansionHead();

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "president", "premier", "minister", "gen", "general", "senator", "sen", "gov", "governor",
    };

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
        var mentions = article.Mentions.Select(m => Clean(article, m)).Where(m => m is not null).Select(m => m!).ToList();
        var groups = new List<Group>();
        var names = new NameIndex();
        // Fuller names first, so that a short name can join whichever full name it abbreviates, before or after it.
        foreach (var m in mentions.OrderByDescending(m => NameKey.Words(m.Text).Length).ThenBy(m => m.Start))
        {
            var keys = NameKey.Words(m.Text).Select(NameKey.Key).ToArray();
            if (keys.Length == 0) continue;
            var group = names.Find(m.Type, keys);
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

    /// <summary>A mention without a leading title or trailing possessive; null if nothing is left.</summary>
    private static EntityMention? Clean(Article article, EntityMention m)
    {
        int start = m.Start, end = m.End;
        string text = article.Text;
        while (true)
        {
            int space = text.IndexOf(' ', start, end - start);
            if (space < 0 || !Titles.Contains(text[start..space].TrimEnd('.'))) break;
            start = space + 1;
        }
        if (end - start > 2 && (text[(end - 2)..end] is "'s" or "’s")) end -= 2;
        return end > start ? m with { Start = start, End = end, Text = text[start..end] } : null;
    }

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
