using Corroborate.Core.Changes;
using Corroborate.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Corroborate.Web.Api;

/// <summary>
/// Change records (docs/changes.md) as JSON — the document webhooks receive — and as Atom feeds, for all stories and
/// per story, so that an analyst can subscribe.
/// </summary>
public static class ChangeEndpoints
{
    /// <summary>Records a listing returns unless the client asks for fewer.</summary>
    public const int DefaultLimit = 50;

    public const int MaxLimit = 500;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/changes", (IStore store, [FromQuery] string? since, [FromQuery] int? limit) =>
                Json(store, null, since, limit))
            .WithName("ListChanges")
            .WithSummary("What each update changed in the stories, newest first; since: ISO 8601 time or age (6h, 2d)");
        app.MapGet("/api/stories/{id:int}/changes", OfStory)
            .WithName("ListStoryChanges").WithSummary("What each update changed in one story, newest first");
        app.MapGet("/changes.atom", (HttpRequest request, IStore store) => Feed(request, store, null))
            .ExcludeFromDescription();
        app.MapGet("/stories/{id:int}/changes.atom", (HttpRequest request, IStore store, int id) =>
                StoryExists(store, id) ? Feed(request, store, id) : NoSuchStory(id))
            .ExcludeFromDescription();
    }

    private static IResult OfStory(IStore store, int id, [FromQuery] string? since, [FromQuery] int? limit) =>
        StoryExists(store, id) ? Json(store, id, since, limit) : NoSuchStory(id);

    public static string FeedUrl(int? story) => story is { } id ? $"/stories/{id}/changes.atom" : "/changes.atom";

    private static IResult Json(IStore store, int? story, string? since, int? limit)
    {
        DateTimeOffset? from = null;
        if (since is not null)
        {
            if (!ChangeSince.TryParse(since, DateTimeOffset.UtcNow, out var t))
                return Results.Problem(statusCode: 400, title: "Invalid since", detail: $"since: {ChangeSince.Help}");
            from = t;
        }
        if (limit is < 1 or > MaxLimit)
            return Results.Problem(statusCode: 400, title: "Invalid limit", detail: $"limit must be 1 to {MaxLimit}");
        return Results.Ok(new StoryChangeJson.Document(store.ListStoryChanges(story, from, limit ?? DefaultLimit)));
    }

    private static IResult Feed(HttpRequest request, IStore store, int? story)
    {
        string site = $"{request.Scheme}://{request.Host}";
        string? headline = story is { } id ? store.ListStories().FirstOrDefault(s => s.Id == id)?.Title : null;
        var changes = store.ListStoryChanges(story, null, DefaultLimit);
        return Results.Text(ChangeFeed.Render(site, story, headline, changes), "application/atom+xml; charset=utf-8");
    }

    public static bool StoryExists(IStore store, int id) => store.ListStoryMembers(id).Count > 0;

    private static IResult NoSuchStory(int id) =>
        Results.Problem(statusCode: 404, title: "No such story", detail: $"no story {id}");
}
