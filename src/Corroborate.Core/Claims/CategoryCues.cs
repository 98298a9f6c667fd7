using System.Text.RegularExpressions;

namespace Corroborate.Core.Claims;

/// <summary>
/// The words that tell what a figure counts: "killed", "death toll", "wounded", "detained", "evacuated",
/// "troops". Each match is a cue with its position, so the extractor can pick the one nearest a number.
/// </summary>
public static partial class CategoryCues
{
    public readonly record struct Cue(int Start, int End, ClaimCategory Category);

    private static readonly (ClaimCategory Category, Regex Pattern)[] Lexicon =
    [
        (ClaimCategory.Dead, Dead()),
        (ClaimCategory.Injured, Injured()),
        (ClaimCategory.Arrested, Arrested()),
        (ClaimCategory.Missing, Missing()),
        (ClaimCategory.Displaced, Displaced()),
        (ClaimCategory.Evacuated, Evacuated()),
        (ClaimCategory.Troops, Troops()),
        (ClaimCategory.Population, Population()),
        // People trapped, abducted or brought out alive are counted, but not as casualties: the cue keeps a nearby toll from claiming them.
        (ClaimCategory.Other, Rescued()),
    ];

    [GeneratedRegex(@"\b(?:killed|killing|kills?|dead|deaths?|died|dies|dying|death\s+toll|toll|fatalities|fatality|bodies|perished|slain|murdered|drowned|lost\s+their\s+lives|(?:claimed|took|cost)\s+the\s+lives|(?<=\d\s)lives|casualties)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dead();

    [GeneratedRegex(@"\b(?:injured|injuring|injuries|injury|wounded|wounding|hurt|hospitali[sz]ed|(?:taken|admitted|rushed|airlifted|flown|brought|transported)\s+to\s+(?:the\s+)?(?:[\p{L}'’.]+\s+){0,3}hospitals?|in\s+hospital|treated|treating|(?:critical|serious|stable)\s+condition)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Injured();

    [GeneratedRegex(@"\b(?:arrested|arrests?|arresting|detained|detainees?|detaining|detention|custody|jailed|imprisoned|apprehended|rounded\s+up|recaptured|captured|(?:those|being)\s+held|(?:were|was|been|are|is)\s+(?:[\p{L}]+ly\s+)?held\b|held\s+without\s+charge)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Arrested();

    [GeneratedRegex(@"\b(?:missing|unaccounted\s+for|disappeared|(?:looking|searching|search)\s+for|whereabouts|(?:still\s+)?unknown|feared\s+(?:buried|trapped|lost))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Missing();

    [GeneratedRegex(@"\b(?:displaced|displacement|fled|fleeing|flee|homeless|refugees|without\s+(?:a\s+)?(?:roof|shelter|homes?)|(?:in|into)\s+(?:\p{L}+\s+)?(?:shelters|camps|tents)|(?:from|leave|left|leaving|fled|flee|lost)\s+their\s+homes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Displaced();

    [GeneratedRegex(@"\b(?:evacuated|evacuating|evacuees|evacuation|moved\s+out|relocated|airlifted|ordered\s+out|(?:flown|ferried|bussed|shipped)\s+out|to\s+(?:safety|higher\s+ground)|to\s+leave\b(?!\s+their\s+homes))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Evacuated();

    [GeneratedRegex(@"\b(?:troops|soldiers|servicemen|peacekeepers|paratroopers|marines|contingent|force)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Troops();

    [GeneratedRegex(@"\b(?:population|inhabitants)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Population();

    [GeneratedRegex(@"\b(?:rescued|rescuing|survivors|survived|(?:pulled|brought|taken)\s+(?:out\s+)?alive|trapped|stranded|abducted|kidnapped|hostages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rescued();

    public static List<Cue> Find(string sentence)
    {
        var cues = new List<Cue>();
        foreach (var (category, pattern) in Lexicon)
            foreach (Match m in pattern.Matches(sentence))
                cues.Add(new Cue(m.Index, m.Index + m.Length, category));
        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return cues;
    }
}
