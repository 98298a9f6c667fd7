using System.Globalization;
using System.Xml.Linq;
using Corroborate.Core.Changes;

namespace Corroborate.Web.Api;

/// <summary>
/// Change records as an Atom 1.0 feed (RFC 4287): one entry per record, newest first, with an id that never changes.
/// </summary>
public static class ChangeFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <param name="site">The server's origin (scheme://host), for the feed's absolute links.</param>
    /// <param name="story">The story of a story's feed; null for the feed of all stories.</param>
    public static string Render(string site, int? story, string? headline, IReadOnlyList<StoryChange> changes)
    {
        string page = story is { } s ? $"{site}/stories/{s}" : $"{site}/";
        string title = story is { } id
            ? $"Corroborate: changes to {headline ?? $"story {id}"}"
            : "Corroborate: changes to all stories";
        // An empty feed has no newest entry; it was last updated when it was made.
        var updated = changes.Count > 0 ? changes.Max(c => c.Recorded) : DateTimeOffset.UtcNow;
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", FeedId(story)),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", Time(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Corroborate")),
            Link("self", site + ChangeEndpoints.FeedUrl(story), "application/atom+xml"),
            Link("alternate", page, "text/html"),
            changes.Select(c => Entry(site, c)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static string FeedId(int? story) =>
        story is { } id ? $"urn:corroborate:story:{id}:changes" : "urn:corroborate:changes";

    private static XElement Entry(string site, StoryChange c) => new(Atom + "entry",
        new XElement(Atom + "id", $"urn:corroborate:change:{c.Id.ToString(CultureInfo.InvariantCulture)}"),
        new XElement(Atom + "title", StoryChangeText.Title(c)),
        new XElement(Atom + "updated", Time(c.Recorded)),
        Link("alternate", $"{site}/stories/{c.Story}", "text/html"),
        new XElement(Atom + "summary", StoryChangeText.Summary(c)),
        new XElement(Atom + "content", new XAttribute("type", "text"), string.Join('\n', StoryChangeText.Lines(c))));

    private static XElement Link(string rel, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href), new XAttribute("type", type));

    /// <summary>RFC 3339 in UTC, as Atom requires.</summary>
    private static string Time(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
