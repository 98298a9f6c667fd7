namespace Corroborate.Reports;

/// <summary>What the reader asked of report.md and report.html (docs/report-format.md); report.json is always
/// complete.</summary>
/// <param name="WithText">Every article in full (its text and the lines cleaning removed), and in report.md every
/// single-source figure. Without it an article shows its title, outlet, date, link and lead.</param>
public sealed record ReportOptions(bool WithText = false)
{
    public static ReportOptions Default { get; } = new();

    /// <summary>Without <see cref="WithText"/>, report.md lists a story's single-source figures only when there are at
    /// most this many; more are a count line (report.html lists them all, folded).</summary>
    public const int ListedSingleSource = 5;

    /// <summary>The lead: whole paragraphs from the top until this many characters, cut at a word.</summary>
    public const int LeadLength = 300;

    /// <summary>The opening of <paramref name="text"/>: its first paragraphs up to <see cref="LeadLength"/>
    /// characters (a short first paragraph, such as a dateline, takes the next along), cut at a word and marked "…"
    /// when cut.</summary>
    public static string Lead(string text)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string lead = "";
        int taken = 0;
        while (taken < paragraphs.Length && lead.Length < LeadLength / 2)
            lead = lead.Length == 0 ? paragraphs[taken++] : lead + " " + paragraphs[taken++];
        bool shortened = taken < paragraphs.Length;
        if (lead.Length > LeadLength)
        {
            int space = lead.LastIndexOf(' ', LeadLength);
            lead = lead[..(space > LeadLength / 2 ? space : LeadLength)].TrimEnd();
            shortened = true;
        }
        return shortened ? lead + " …" : lead;
    }
}
