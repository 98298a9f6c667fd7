using System.Globalization;
using System.Text;
using Corroborate.Core.Changes;
using Corroborate.Core.Store;
using Corroborate.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Corroborate.Web.Pages.Html;

namespace Corroborate.Web.Pages;

/// <summary>
/// "Since your last visit": the change records newer than the time the reader last marked as seen, kept in a cookie
/// (pages carry no scripts, so "mark as seen" is a form the server answers by setting the cookie).
/// </summary>
public static class ChangePages
{
    public const string Cookie = "corroborate_last_visit";

    /// <summary>Records shown in the block; the feeds and the API give more.</summary>
    private const int Shown = 20;

    public const string Style = ".changes{border-left:4px solid #1d3557}.changes li{margin:.3em 0}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/changes/seen", MarkSeen).ExcludeFromDescription().DisableAntiforgery();

    /// <summary>The block for the stories page (<paramref name="story"/> null) or one story's page.</summary>
    public static void AppendSinceLastVisit(StringBuilder b, IStore store, HttpRequest request, int? story)
    {
        var lastVisit = LastVisit(request);
        var changes = store.ListStoryChanges(story, lastVisit?.AddTicks(1), Shown);
        b.Append("<section class=\"panel changes\" id=\"since-last-visit\"><h2>Since your last visit</h2>");
        b.Append(lastVisit is { } seen
            ? $"<p class=\"meta\">Changes recorded after {E(Minute(seen))} UTC"
            : "<p class=\"meta\">First visit: the latest changes");
        b.Append($" · <a href=\"{E(ChangeEndpoints.FeedUrl(story))}\">Atom feed</a></p>");
        if (changes.Count == 0) b.Append("<p class=\"none\">Nothing has changed.</p>");
        else
        {
            b.Append("<ul>");
            foreach (var c in changes)
            {
                b.Append(CultureInfo.InvariantCulture, $"<li data-change=\"{c.Id}\">");
                b.Append(CultureInfo.InvariantCulture, $"<a href=\"/stories/{c.Story}\">")
                    .Append(E(StoryChangeText.Title(c))).Append("</a>");
                b.Append($" <span class=\"meta\">{E(Minute(c.Recorded))} UTC</span><br>");
                b.Append(E(string.Join(" ", StoryChangeText.Lines(c)))).Append("</li>");
            }
            b.Append("</ul>");
        }
        // Seen up to the newest record shown, not "now": a record made while the page was read stays new.
        string upTo = changes.Count > 0 ? changes.Max(c => c.Recorded).ToString("o", CultureInfo.InvariantCulture) : "";
        string back = story is { } id ? $"/stories/{id}" : "/";
        b.Append("<form method=\"post\" action=\"/changes/seen\">");
        b.Append($"<input type=\"hidden\" name=\"seen\" value=\"{E(upTo)}\">");
        b.Append($"<input type=\"hidden\" name=\"return\" value=\"{E(back)}\">");
        b.Append("<button>Mark as seen</button></form></section>");
    }

    /// <summary>The head link that lets a browser or feed reader find the feed of the page.</summary>
    public static string FeedLink(int? story) =>
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Changes\" "
        + $"href=\"{E(ChangeEndpoints.FeedUrl(story))}\">";

    private static string Minute(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static DateTimeOffset? LastVisit(HttpRequest request) =>
        request.Cookies.TryGetValue(Cookie, out var value) && Time(value) is { } t ? t : null;

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : null;

    private static async Task<IResult> MarkSeen(HttpRequest request)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : null;
        var seen = Time(form?["seen"].ToString()) ?? DateTimeOffset.UtcNow;
        string value = seen.ToString("o", CultureInfo.InvariantCulture);
        request.HttpContext.Response.Cookies.Append(Cookie, value, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", MaxAge = TimeSpan.FromDays(365),
        });
        // Only the pages the block is on: any other address would make this an open redirect.
        string back = form?["return"].ToString() is { } r && r.StartsWith("/stories/", StringComparison.Ordinal)
            && int.TryParse(r["/stories/".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out _) ? r : "/";
        return Results.Redirect(back);
    }
}
