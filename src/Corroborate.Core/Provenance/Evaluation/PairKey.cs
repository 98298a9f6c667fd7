namespace Corroborate.Core.Provenance.Evaluation;

/// <summary>
/// Two article ids as one key whatever their order: a pair is stored in ingest order, a gold file may list it
/// either way.
/// </summary>
internal static class PairKey
{
    public static (string, string) Of(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
