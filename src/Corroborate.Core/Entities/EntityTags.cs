namespace Corroborate.Core.Entities;

/// <summary>The BIO tag set of the tagger: O, then B- and I- for each entity type.</summary>
public static class EntityTags
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    public const int Count = 9;
    public const int Outside = 0;

    public static int Begin(int type) => 1 + 2 * type;
    public static int Inside(int type) => 2 + 2 * type;
    /// <summary>Entity type index of a tag, or -1 for O.</summary>
    public static int TypeOf(int tag) => tag == Outside ? -1 : (tag - 1) / 2;
    public static bool IsInside(int tag) => tag != Outside && tag % 2 == 0;

    /// <summary>I-X may only follow B-X or I-X.</summary>
    public static bool Allowed(int previous, int tag) => !IsInside(tag) || (previous != Outside && TypeOf(previous) == TypeOf(tag));

    public static int Parse(string name)
    {
        int i = Array.IndexOf(Names, name);
        if (i >= 0) return i;
        throw new FormatException($"unknown entity tag '{name}' (expected O, B-/I- PER, ORG, LOC or MISC)");
    }

    /// <summary>Converts IOB1 or IOB2 tags to IOB2: an I- that does not continue an entity of its type starts one.</summary>
    public static int[] ToIob2(IReadOnlyList<string> names)
    {
        var tags = new int[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            int tag = Parse(names[i]);
            if (IsInside(tag) && (i == 0 || TypeOf(tags[i - 1]) != TypeOf(tag))) tag--;
            tags[i] = tag;
        }
        return tags;
    }

    /// <summary>The entity spans [Start, End) over token indices, with their type index.</summary>
    public static List<(int Start, int End, int Type)> Chunks(IReadOnlyList<int> tags)
    {
        var chunks = new List<(int, int, int)>();
        int start = -1;
        for (int i = 0; i <= tags.Count; i++)
        {
            int tag = i < tags.Count ? tags[i] : Outside;
            bool continues = i < tags.Count && IsInside(tag) && start >= 0 && TypeOf(tags[start]) == TypeOf(tag);
            if (continues) continue;
            if (start >= 0) chunks.Add((start, i, TypeOf(tags[start])));
            start = tag == Outside ? -1 : i;
        }
        return chunks;
    }
}
