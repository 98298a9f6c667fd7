namespace Corroborate.Core.Lexicons;

/// <summary>
/// The last letters that tell a place from its people's adjective (Russia, Russian; Israel, Israeli; Germany,
/// German, Germans, with y folded to i in name keys): two names that differ only in a last letter, one of these
/// on either side, are a place and its demonym, not two spellings of one name. A plural's s is not one of them:
/// Russian and Russians are one name.
/// </summary>
public static class DemonymEndings
{
    /// <summary>The final letters, as they are in name keys (lower case, y folded to i).</summary>
    public const string KeyLetters = "ni";
}
