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

        api.MapGet("/articles", (IStore store, [FromQuery] string? q, [AsParameters] ListQuery query) =>
        {
            var (filter, paging, problem) = query.Parse();
            if (problem is not null) return problem;
            var items = Listings.Articles(store, filter, q)
                .Select(s => new ArticleListItem(s.Id, s.Source, s.Title, s.Published, s.Language, s.Length)).ToList();
            return Results.Ok(paging.Apply(items));
        }).WithName("ListArticles")
          .WithSummary("Stored articles in ingest order; q filters by full-text search; from, to, outlet and story filter");

        api.MapGet("/articles/{id}", (IStore store, string id) =>
            store.GetArticle(id) is { } a
                ? Results.Ok(ReportArticle.From(a))
                : Results.Problem(statusCode: 404, title: "No such article", detail: $"no article with id '{id}'"))
            .WithName("GetArticle").WithSummary("One article with its cleaned text and removed lines");

        api.MapGet("/stories", (IStore store, [FromQuery] string? q, [AsParameters] ListQuery query) =>
        {
            var (filter, paging, problem) = query.Parse();
            if (problem is not null) return problem;
            return Results.Ok(paging.Apply(Listings.Stories(store, filter, q)));
        }).WithName("ListStories")
          .WithSummary("Stories, largest first; q keeps the stories whose articles match a full-text search; "
            + "from, to and outlet keep those with such articles");

        api.MapGet("/stories/{id:int}", (IStore store, StoryReports reports, int id) =>
            reports.Get(store, id) is { } r
                ? Results.Ok(new StoryDetail(r.Stories!.Single(s => s.Id == id), r.Brief ?? [], r.Findings ?? [], r.Timeline ?? [], r.StorySources ?? [], r.StoryNotes ?? []))
                : Results.Problem(statusCode: 404, title: "No such story", detail: $"no story {id}"))
            .WithName("GetStory").WithSummary("One story with its brief, findings, timeline, numbered sources and date notes");

        api.MapGet("/findings", (IStore store, StoryReports reports, [AsParameters] ListQuery query) =>
        {
            var (filter, paging, problem) = query.Parse();
            if (problem is not null) return problem;
            var findings = Listings.Findings(store, reports, filter);
            return Export.PageOrFile(query, paging, findings, "findings", Export.FindingColumns);
        }).WithName("ListFindings")
          .WithSummary("Reconciled figures per story (kind: corroborated, single-source, contradicted, updated, "
            + "part-total-mismatch); format=csv or json downloads the whole filtered list");

        api.MapGet("/entities", (IStore store, [FromQuery] string? id, [FromQuery] string? type,
            [AsParameters] ListQuery query) =>
        {
            var (filter, paging, problem) = query.Parse();
            if (problem is not null) return problem;
            var entities = Listings.Entities(store, filter, type)
                .Where(e => id is null || e.Id == id)
                .Select(e => new ReportEntity(e.Id, e.Canonical, e.Type, e.Mentions.Select(m => m.Text).Distinct().ToList(),
                    e.Mentions.Select(m => new ReportMention(m.ArticleId, m.Start, m.End, m.Text)).ToList()))
                .ToList();
            return Results.Ok(paging.Apply(entities));
        }).WithName("ListEntities")
          .WithSummary("Canonical entities with their spellings and mentions; type filters by PER, ORG, LOC or MISC; "
            + "from, to, outlet and story by the articles naming them");

        api.MapGet("/entities/{id}", (IStore store, string id) =>
            EntityProfile.Of(store, id) is { } profile
                ? Results.Ok(profile)
                : Results.Problem(statusCode: 404, title: "No such entity", detail: $"no entity with id '{id}'"))
            .WithName("GetEntity")
            .WithSummary("One entity: spellings with counts and the outlets that used each, its stories and articles");

        api.MapGet("/claims", (IStore store, CorpusClaims corpusClaims, [FromQuery] string? article,
            [FromQuery] string? category, [AsParameters] ListQuery query) =>
        {
            var (filter, paging, problem) = query.Parse();
            if (problem is not null) return problem;
            if (article is not null && store.GetArticle(article) is null)
                return Results.Problem(statusCode: 404, title: "No such article", detail: $"no article '{article}'");
            // From the kept corpus claims: an article's claims are dated against its story as in the full list.
            var claims = Listings.Claims(store, corpusClaims, filter, article, category);
            return Export.PageOrFile(query, paging, claims, "claims", Export.ClaimColumns);
        }).WithName("ListClaims")
          .WithSummary("Numeric claims with category, measure, group, condition, scope, trend, value interval, qualifier, "
            + "attribution and as-of date; filter by article, category, from, to, outlet, story; "
            + "format=csv or json downloads the whole filtered list");

        api.MapGet("/copies", (IStore store, [AsParameters] ListQuery query) =>
        {
            var (filter, paging, problem) = query.Parse();
            if (problem is not null) return problem;
            return Results.Ok(paging.Apply(Listings.Copies(store, filter)));
        }).WithName("ListCopies")
          .WithSummary("Copied pairs with their shared passages; from, to, outlet and story keep pairs with such an article");

        api.MapGet("/copies/{a}/{b}", (IStore store, string a, string b) =>
            CopyPages.Explain(store, a, b) is { } why
                ? Results.Ok(why)
                : Results.Problem(statusCode: 404, title: "No such pair", detail: $"no copied pair {a} / {b}"))
            .WithName("GetCopy")
            .WithSummary("Why two articles are a copied pair: similarity, shared passages, origin and the dates deciding it");

        api.MapGet("/stories/{id:int}/why", (IStore store, StoryExplanations explanations, int id) =>
            explanations.Get(store, id) is { } why
                ? Results.Ok(why)
                : Results.Problem(statusCode: 404, title: "No such story", detail: $"no story {id}"))
            .WithName("GetStoryLinks")
            .WithSummary("Why each article is in the story: the terms, entities and figures it shares with the others");

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
