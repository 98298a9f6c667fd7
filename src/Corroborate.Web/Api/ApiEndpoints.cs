using Corroborate.Core.Ingest;
using Corroborate.Core.Store;
using Corroborate.Reports;
using Corroborate.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Corroborate.Web.Api;

/// <summary>The JSON API under /api. Reads are open; writes need the ingest token. Errors are problem+json.</summary>
public static class ApiEndpoints
{
    public sealed record ArticleListItem(string Id, string? Source, string? Title, DateTimeOffset? Published, string? Language, int Length);

    public sealed record StoryDetail(
        ReportStory Story, IReadOnlyList<ReportBriefSentence> Brief, IReadOnlyList<ReportFinding> Findings,
        IReadOnlyList<ReportTimelineEvent> Timeline, IReadOnlyList<ReportStorySource> Sources, IReadOnlyList<ReportStoryNote> Notes);

    public sealed record IngestResult(int Read, int Added, IReadOnlyList<ReportSkipped> Skipped);

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/articles", (IStore store, [FromQuery] string? q, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
        {
            var (paging, problem) = Paging.From(page, pageSize);
            if (problem is not null) return problem;
            var summaries = store.ListArticles();
            if (!string.IsNullOrWhiteSpace(q))
            {
                var rank = store.SearchArticles(q, 1000).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
                summaries = summaries.Where(s => rank.ContainsKey(s.Id)).OrderBy(s => rank[s.Id]).ToList();
            }
            var items = summaries.Select(s => new ArticleListItem(s.Id, s.Source, s.Title, s.Published, s.Language, s.Length)).ToList();
            return Results.Ok(paging!.Value.Apply(items));
        }).WithName("ListArticles").WithSummary("Stored articles in ingest order; q filters by full-text search");

        api.MapGet("/articles/{id}", (IStore store, string id) =>
            store.GetArticle(id) is { } a
                ? Results.Ok(ReportArticle.From(a))
                : Results.Problem(statusCode: 404, title: "No such article", detail: $"no article with id '{id}'"))
            .WithName("GetArticle").WithSummary("One article with its cleaned text and removed lines");

        api.MapGet("/stories", (IStore store, [FromQuery] string? q, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
        {
            var (paging, problem) = Paging.From(page, pageSize);
            if (problem is not null) return problem;
            return Results.Ok(paging!.Value.Apply(StoryPages.Matching(store, q)));
        }).WithName("ListStories").WithSummary("Stories, largest first; q keeps the stories whose articles match a full-text search");

        api.MapGet("/stories/{id:int}", (IStore store, StoryReports reports, int id) =>
            reports.Get(store, id) is { } r
                ? Results.Ok(new StoryDetail(r.Stories!.Single(s => s.Id == id), r.Brief ?? [], r.Findings ?? [], r.Timeline ?? [], r.StorySources ?? [], r.StoryNotes ?? []))
                : Results.Problem(statusCode: 404, title: "No such story", detail: $"no story {id}"))
            .WithName("GetStory").WithSummary("One story with its brief, findings, timeline, numbered sources and date notes");

        api.MapGet("/findings", (IStore store, StoryReports reports, [FromQuery] int? story, [FromQuery] string? kind, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
        {
            var (paging, problem) = Paging.From(page, pageSize);
            if (problem is not null) return problem;
            var ids = story is { } one ? [one] : store.ListStories().Select(s => s.Id).ToList();
            var findings = ids.SelectMany(id => reports.Get(store, id)?.Findings ?? [])
                .Where(f => kind is null || string.Equals(f.Kind, kind, StringComparison.OrdinalIgnoreCase))
                .ToList();
            return Results.Ok(paging!.Value.Apply(findings));
        }).WithName("ListFindings").WithSummary("Reconciled figures per story: corroborated, single-source, contradicted, updated, part-total-mismatch");

        api.MapGet("/entities", (IStore store, [FromQuery] string? id, [FromQuery] string? type, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
        {
            var (paging, problem) = Paging.From(page, pageSize);
            if (problem is not null) return problem;
            var entities = store.ListEntities()
                .Where(e => id is null || e.Id == id)
                .Where(e => type is null || string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase))
                .Select(e => new ReportEntity(e.Id, e.Canonical, e.Type, e.Mentions.Select(m => m.Text).Distinct().ToList(),
                    e.Mentions.Select(m => new ReportMention(m.ArticleId, m.Start, m.End, m.Text)).ToList()))
                .ToList();
            return Results.Ok(paging!.Value.Apply(entities));
        }).WithName("ListEntities").WithSummary("Canonical entities with their spellings and mentions; type filters by PER, ORG, LOC or MISC");

        api.MapGet("/claims", (IStore store, CorpusClaims corpusClaims, [FromQuery] string? article, [FromQuery] string? category, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
        {
            var (paging, problem) = Paging.From(page, pageSize);
            if (problem is not null) return problem;
            // From the kept corpus claims: an article's claims are dated against its story as in the full list.
            var claims = (article is null ? corpusClaims.Get(store) : corpusClaims.OfArticle(store, article))
                .Where(c => category is null || string.Equals(c.Category, category, StringComparison.OrdinalIgnoreCase))
                .ToList();
            return Results.Ok(paging!.Value.Apply(claims));
        }).WithName("ListClaims").WithSummary("Numeric claims with category, measure, group, condition, scope, trend, value interval, qualifier, attribution and as-of date; filter by article or category");

        api.MapPost("/ingest", async (HttpRequest request, IStore store, WebServerOptions options) =>
        {
            if (WriteToken.Refusal(options, WriteToken.FromHeader(request)) is { } refused) return refused;
            var (documents, problem) = await UploadedDocuments.ReadAsync(request, options);
            if (problem is not null) return problem;
            if (documents!.Count == 0)
                return Results.Problem(statusCode: 400, title: "Nothing to ingest", detail: "send files as multipart/form-data, or one document as the request body");
            return Results.Ok(Ingest(store, documents, options));
        }).WithName("Ingest").WithSummary("Add articles: multipart files, or one document (text, HTML, JSON Lines) as the body; needs the bearer token")
          .DisableAntiforgery();
    }

    public static IngestResult Ingest(IStore store, IReadOnlyList<RawDocument> documents, WebServerOptions options)
    {
        var outcome = CorpusIngest.Store(store, new Ingestor(new IngestOptions { MaxFileBytes = options.MaxRequestBytes }).Run(documents));
        return new IngestResult(outcome.ArticleIds.Count, outcome.Added, outcome.Skipped.Select(s => new ReportSkipped(s.Path, s.Reason)).ToList());
    }
}
