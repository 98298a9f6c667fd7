using System.Net;
using System.Text;
using Corroborate.Core;
using Corroborate.Core.Entities.Resolution;

namespace Corroborate.Reports;

public sealed record ReportEntity(string Id, string Canonical, string Type, IReadOnlyList<string> Variants, IReadOnlyList<ReportMention> Mentions)
{
    /// <summary>The entities with mentions in <paramref name="articles"/>, keeping only those mentions.</summary>
    public static IReadOnlyList<ReportEntity> From(IReadOnlyList<ResolvedEntity> entities, IReadOnlyList<Article> articles)
    {
        var ids = articles.Select(a => a.Id).ToHashSet();
        return entities
            .Select(e => (Entity: e, Mentions: e.Mentions.Where(m => ids.Contains(m.ArticleId)).ToList()))
            .Where(e => e.Mentions.Count > 0)
            .Select(e => new ReportEntity(e.Entity.Id, e.Entity.Canonical, e.Entity.Type,
                e.Mentions.Select(m => m.Text).Distinct().ToList(),
                e.Mentions.Select(m => new ReportMention(m.ArticleId, m.Start, m.End, m.Text)).ToList()))
            .ToList();
    }
}

public sealed record ReportMention(string Article, int Start, int End, string Text);

/// <summary>The entities section of the HTML and Markdown reports: each entity's spellings and the outlets that used
/// each. Entities named by one article only are left to report.json unless the reader asked for everything
/// (<see cref="ReportOptions.WithText"/>): in a corpus they are most of the table and say least.</summary>
public static class EntitiesSection
{
    private const int MinArticles = 2;

    private static IReadOnlyList<ReportEntity> Shown(IReadOnlyList<ReportEntity> entities, ReportOptions options) =>
        options.WithText
        ? entities
        : entities.Where(e => e.Mentions.Select(m => m.Article).Distinct().Skip(MinArticles - 1).Any()).ToList();

    private static string Intro(int shown, int all) => shown == all
        ? $"{all} entities. Each spelling is followed by the outlets that used it."
        : $"{shown} of {all} entities: those named by at least {MinArticles} articles (report.json has all). "
            + "Each spelling is followed by the outlets that used it.";

    /// <summary>Article id → outlet, made once per table rather than once per entity.</summary>
    private static Dictionary<string, string> OutletsOf(Report report) =>
        report.Articles.ToDictionary(a => a.Id, a => a.Source ?? Path.GetFileName(a.Path ?? a.Id));

    /// <summary>Spelling → outlets (source, else file name) that used it, in order of first use.</summary>
    private static IEnumerable<(string Spelling, IReadOnlyList<string> Outlets)> Spellings(ReportEntity entity, Dictionary<string, string> outlets) =>
        entity.Variants.Select(v => (v, (IReadOnlyList<string>)entity.Mentions.Where(m => m.Text == v)
            .Select(m => outlets.GetValueOrDefault(m.Article, m.Article)).Distinct().ToList()));

    public static void AppendHtml(StringBuilder h, Report report, ReportOptions? options = null)
    {
        if (report.Entities is not { Count: > 0 } all) return;
        var entities = Shown(all, options ?? ReportOptions.Default);
        h.Append($"<h2>Entities</h2>\n<p>{E(Intro(entities.Count, all.Count))}</p>\n");
        h.Append("<table><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Spellings (outlets)</th></tr>\n");
        var outlets = OutletsOf(report);
        foreach (var e in entities)
        {
            var spellings = Spellings(e, outlets).Select(s => $"<b>{E(s.Spelling)}</b> <small>({E(string.Join(", ", s.Outlets))})</small>");
            h.Append($"<tr id=\"{E(e.Id)}\"><td>{E(e.Canonical)}</td><td>{E(e.Type)}</td><td>{e.Mentions.Count}</td><td>{string.Join("<br>", spellings)}</td></tr>\n");
        }
        h.Append("</table>\n");
    }

    public static void AppendMarkdown(StringBuilder md, Report report, ReportOptions? options = null)
    {
        if (report.Entities is not { Count: > 0 } all) return;
        var entities = Shown(all, options ?? ReportOptions.Default);
        md.AppendLine("## Entities").AppendLine().AppendLine(Intro(entities.Count, all.Count)).AppendLine();
        md.AppendLine("| Entity | Type | Mentions | Spellings (outlets) |").AppendLine("|---|---|---|---|");
        var outlets = OutletsOf(report);
        foreach (var e in entities)
            md.AppendLine($"| {Md(e.Canonical)} | {e.Type} | {e.Mentions.Count} | {string.Join("; ", Spellings(e, outlets).Select(s => $"{Md(s.Spelling)} ({Md(string.Join(", ", s.Outlets))})"))} |");
        md.AppendLine();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
    private static string Md(string s) => s.Replace("|", "\\|");
}
