using System.Globalization;

namespace Corroborate.Follow;

/// <summary>
/// The rules of one host's robots.txt that apply to us: the group naming our product token, else the <c>*</c> group.
/// The longest matching Allow or Disallow path wins, Allow on a tie; <c>*</c> and a final <c>$</c> are understood.
/// </summary>
public sealed class RobotsRules
{
    public static readonly RobotsRules AllowAll = new([], null);

    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    /// <summary>The Crawl-delay the group asks for, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    private RobotsRules(IReadOnlyList<(string, bool)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <param name="product">Our product token, matched case-insensitively against User-agent lines.</param>
    public static RobotsRules Parse(string text, string product)
    {
        var groups = new List<Group>();
        Group? current = null;
        bool lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            string line = raw.Split('#')[0].Trim();
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            string field = line[..colon].Trim().ToLowerInvariant(), value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                // Consecutive User-agent lines share the group that follows them.
                if (current is null || !lastWasAgent) groups.Add(current = new Group());
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            if (field is "allow" or "disallow" && value.Length > 0) current.Rules.Add((value, field == "allow"));
            else if (field == "crawl-delay" && double.TryParse(value, CultureInfo.InvariantCulture, out double s)
                && s >= 0)
                current.Delay = TimeSpan.FromSeconds(s);
        }
        string token = product.ToLowerInvariant();
        var ours = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal)))
            .ToList();
        if (ours.Count == 0) ours = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules(ours.SelectMany(g => g.Rules).ToList(), ours.Select(g => g.Delay).Max());
    }

    /// <summary>Whether a path with its query (as sent in the request line) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        (int Length, bool Allow)? best = null;
        foreach (var (pattern, allow) in _rules)
        {
            if (!Matches(pattern, pathAndQuery)) continue;
            if (best is null || pattern.Length > best.Value.Length || pattern.Length == best.Value.Length && allow)
                best = (pattern.Length, allow);
        }
        return best?.Allow ?? true;
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<(string Pattern, bool Allow)> Rules { get; } = [];
        public TimeSpan? Delay { get; set; }
    }

    private static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal)) return false;
        int at = parts[0].Length;
        for (int i = 1; i < parts.Length; i++)
        {
            int found = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + parts[i].Length;
        }
        if (!anchored) return true;
        return parts.Length == 1 ? at == path.Length : path.EndsWith(parts[^1], StringComparison.Ordinal);
    }
}
