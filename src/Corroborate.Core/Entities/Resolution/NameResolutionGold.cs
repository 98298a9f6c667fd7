using System.Text.Json;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// One name as written in one article of a name-resolution gold: every occurrence of it there is a mention.
/// </summary>
public sealed record GoldForm(string Article, string Form);

/// <summary>
/// One real-world entity of a name-resolution gold (samples/names-gold/README.md), line numbered for messages.
/// </summary>
public sealed record GoldNameEntity(string Id, string Type, IReadOnlyList<GoldForm> Forms, int Line);

/// <summary>
/// Reads a name-resolution gold: JSON Lines, one entity a line, {"entity", "type", "mentions": [{"article", "form"}]}.
/// </summary>
public static class NameResolutionGold
{
    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    /// <exception cref="InvalidDataException">A line is not such an entity, or repeats an id or an (article, form)
    /// pair.</exception>
    public static List<GoldNameEntity> Read(string path)
    {
        var entities = GoldLines.Read(path, "a JSON object", (root, line) => Parse(root, $"{path}:{line}", line));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var owner = new Dictionary<GoldForm, string>();
        foreach (var entity in entities)
        {
            if (!ids.Add(entity.Id))
                throw new InvalidDataException($"{path}:{entity.Line}: entity id '{entity.Id}' is used twice");
            foreach (var form in entity.Forms)
                if (!owner.TryAdd(form, entity.Id) && owner[form] != entity.Id)
                    throw new InvalidDataException(
                        $"{path}:{entity.Line}: '{form.Form}' in {form.Article} is already in entity '{owner[form]}'");
        }
        return entities;
    }

    private static GoldNameEntity Parse(JsonElement root, string where, int number)
    {
        string id = Text(root, "entity", where);
        string type = Text(root, "type", where);
        if (!Types.Contains(type))
            throw new InvalidDataException($"{where}: type must be PER, ORG, LOC or MISC, not '{type}'");
        if (!root.TryGetProperty("mentions", out var mentions) || mentions.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{where}: expected a \"mentions\" array");
        var forms = mentions.EnumerateArray()
            .Select(m => new GoldForm(Text(m, "article", where), Text(m, "form", where))).Distinct().ToList();
        return new GoldNameEntity(id, type, forms, number);
    }

    private static string Text(JsonElement element, string name, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0
            ? value.GetString()!
            : throw new InvalidDataException($"{where}: expected a non-empty string \"{name}\"");
}
