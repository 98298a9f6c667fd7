namespace Corroborate.Core.Lexicons;

/// <summary>
/// The letters English adds to a place's name to make its people's adjective (Russia → Russian, Israel → Israeli,
/// and, as name keys fold y to i, German → Germany the other way): two names one such letter apart at the end
/// are a place and its demonym, not two spellings of one name.
/// </summary>
public static class DemonymEndings
{
    /// <summary>The final letters, as they are in name keys (lower case, y folded to i).</summary>
    public const string KeyLetters = "ni";
}
