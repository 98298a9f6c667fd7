using System.Text.RegularExpressions;

namespace Corroborate.Core.Claims;

/// <summary>
/// The words that fill a claim's frame besides its category (docs/claims-gold-guidelines.md): what happened to
/// people outside the casualty categories, the dimension of a physical measure, the condition of the injured,
/// the trend the text gives a figure, and the signs that a figure belongs to another incident.
/// </summary>
public static partial class FrameCues
{
    /// <summary>People events outside the casualty categories, in the order they are tried.</summary>
    public static readonly (string Measure, Regex Pattern)[] PeopleEvents =
    [
        ("abducted", Abducted()),
        ("released", Released()),
        ("captive", Captive()),
        ("rescued", Rescued()),
    ];

    /// <summary>A relative clause on the counted people right after the number: "... schoolgirls who were".</summary>
    [GeneratedRegex(@"\G(?:\s+[\p{L}'’-]+){1,4}?\s+(?:who|that)\s+(?:were|was|had\s+been|have\s+been|are|remain|remained)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RelativeClauseAfter();

    [GeneratedRegex(@"\b(?:abduct\w*|kidnap\w*|seized|snatched|taken\s+hostage|hostages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Abducted();

    [GeneratedRegex(@"\b(?:freed|free(?:ing)?|released?|releasing|handed|handing\s+over|transferred|swapped|exchanged|reunited|escaped|returned\s+home)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Released();

    [GeneratedRegex(@"\b(?:captivity|captives?|(?:still|remain|remaining|remained)\s+(?:\w+\s+)?(?:held|missing)|in\s+the\s+hands\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Captive();

    [GeneratedRegex(@"\b(?:rescued|rescuing|rescue|pulled\s+(?:out|from)|saved|brought\s+out|removed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rescued();

    [GeneratedRegex(@"\b(?:altitude|apogee|height|elevation)\s+of\s+(?:(?:about|around|some|nearly|almost|up\s+to|more\s+than|over)\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex AltitudeBefore();

    [GeneratedRegex(@"^[-\u2011\s]*(?:high|tall|up|above\s+(?:sea\s+level|the\s+ground|the\s+earth)|in\s+altitude)\b", RegexOptions.IgnoreCase)]
    public static partial Regex AltitudeAfter();

    [GeneratedRegex(@"\b(?:depth|depths)\s+of\s+(?:(?:about|around|some|nearly|almost|up\s+to|more\s+than|over)\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex DepthBefore();

    [GeneratedRegex(@"^[-\u2011\s]*(?:\p{L}+\s+)?(?:deep|down|underground|below\s+(?:the\s+)?(?:ground|surface))\b", RegexOptions.IgnoreCase)]
    public static partial Regex DepthAfter();

    /// <summary>The base a share is of, after the figure: "of North Korea's external trade", up to a break or a verb-like word.</summary>
    [GeneratedRegex(@"^\s*(?:percent|per\s*cent)?\s*of\s+(?<base>(?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+)(?=\s*(?:[,.;:)—–]|$|\s+(?:in|on|at|by|to|and|or|from|with|since|for|over|during|this|last|that|which|who|was|is|were|are|has|have|had|will|would|according)\b))", RegexOptions.IgnoreCase)]
    public static partial Regex ShareBase();

    [GeneratedRegex(@"\b(?:another|additional|further|extra)\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex AdditionBefore();

    [GeneratedRegex(@"\b(?:width|diameter|breadth)\s+of\s+(?:(?:about|around|some|nearly|almost|up\s+to|more\s+than|over|just)\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex WidthBefore();

    [GeneratedRegex(@"^[-\u2011\s]*(?:wide|across|in\s+(?:width|diameter)|diameter)\b", RegexOptions.IgnoreCase)]
    public static partial Regex WidthAfter();

    [GeneratedRegex(@"\b(?:snow\w*|flakes|blizzard)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Snow();

    /// <summary>A length of time that only places the event in time: "two days ago", "the past three years", "within 24 hours".</summary>
    [GeneratedRegex(@"^(?:\s+|-)(?:ago|later|earlier|before|after|afterwards|from\s+now|old|of\s+age|running|in\s+a\s+row|straight|ahead|highs?|lows?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RelativeTimeAfter();

    [GeneratedRegex(@"\b(?:last|past|next|previous|coming|recent|within|every|each|per|first|the\s+first|the\s+last|in|in\s+the|over\s+the|during\s+the)\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex RelativeTimeBefore();

    /// <summary>The condition of the injured, most specific first.</summary>
    public static readonly (string Condition, Regex Pattern)[] Conditions =
    [
        ("critical", Critical()),
        ("serious", Serious()),
        ("minor", Minor()),
        ("stable", Stable()),
        ("hospitalised", Hospitalised()),
    ];

    [GeneratedRegex(@"\b(?:critical(?:ly)?|life[-\s]threatening(?!\s+injur)|fighting\s+for\s+their\s+lives|intensive\s+care)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Critical();

    [GeneratedRegex(@"(?<!non-life-threatening\s)\b(?:serious(?:ly)?|severe(?:ly)?|badly|gravely|grave)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Serious();

    [GeneratedRegex(@"\b(?:minor|slight(?:ly)?|light(?:ly)?|superficial)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Minor();

    [GeneratedRegex(@"\bstable\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stable();

    [GeneratedRegex(@"\b(?:hospitali[sz]ed|in\s+hospital|(?:taken|rushed|admitted|airlifted|flown|transported|sent|brought)\s+to\s+(?:[\p{L}'’.]+\s+){0,4}(?:hospitals?|medical\s+cent(?:re|er)s?|clinics?)|(?:treated|being\s+treated)\s+(?:at|in)\s+(?:[\p{L}'’.]+\s+){0,4}(?:hospitals?|clinics?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hospitalised();

    /// <summary>Trend cues right before the figure ("rose to 85", "up from 15" marks the earlier value).</summary>
    public static readonly (string Trend, Regex Pattern)[] TrendsBefore =
    [
        ("initial", InitialBefore()),
        ("up", UpBefore()),
        ("down", DownBefore()),
        ("revised", RevisedBefore()),
    ];

    private const string Qualifiers = @"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|an\s+estimated|roughly|just\s+over|just\s+under)\s+)?";

    [GeneratedRegex(@"\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from|initially|originally|first\s+(?:reported|said|put)|earlier\s+reports?\s+(?:had\s+)?(?:put|said|gave|given|suggested|indicated)|(?:had\s+)?earlier\s+(?:reported|said|put|given)|previously\s+(?:reported|said|put)|(?:had\s+)?(?:earlier|previously)\s+\p{L}+ed)\s+(?:\p{L}+\s+){0,6}" + Qualifiers + "$", RegexOptions.IgnoreCase)]
    private static partial Regex InitialBefore();

    [GeneratedRegex(@"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|increases|jumped|jumps|grew|grown|soared|soars|surged|surges|gained|gains|mounted|swelled|went\s+up|gone\s+up)\s+(?:again\s+|further\s+|sharply\s+)?(?:to\s+|by\s+)?" + Qualifiers + "$", RegexOptions.IgnoreCase)]
    private static partial Regex UpBefore();

    [GeneratedRegex(@"\b(?:fell|fallen|falls|falling|dropped|drops|declined|declines|decreased|slumped|slumps|plunged|plunges|tumbled|tumbles|sank|slid|lost|revised\s+down(?:ward)?|lowered|went\s+down|(?<!up\s)down(?=\s+to\b))\s+(?:again\s+|further\s+|sharply\s+)?(?:to\s+|by\s+)?" + Qualifiers + "$", RegexOptions.IgnoreCase)]
    private static partial Regex DownBefore();

    // "offered new figures on the balance of the disorders: 40 dead and almost 4,500 detainees": a new count, anywhere before.
    [GeneratedRegex(@"\b(?:revised|corrected|updated|later\s+(?:determined|confirmed|said|found|put)|now\s+(?:says|said|puts|put|stands)|amended)\s+(?:\p{L}+\s+){0,5}" + Qualifiers + @"$|\b(?:new|latest|updated|fresh)\s+(?:official\s+)?(?:figures|toll|tally|count|numbers)\b[^.;!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RevisedBefore();

    /// <summary>Any word the trend patterns start with; a window without one has no trend (a vectorised search).</summary>
    public static readonly System.Buffers.SearchValues<string> TrendWords = System.Buffers.SearchValues.Create(
        ["ros", "ris", "rais", "climb", "increas", "jump", "grew", "grow", "soar", "surg", "gain", "mount", "swell", "went", "gone",
         "fell", "fall", "drop", "declin", "decreas", "slump", "plung", "tumbl", "sank", "slid", "lost", "revis", "lower", "down",
         "initial", "original", "first", "earlier", "previous", "correct", "updat", "later", "now", "amend", "new", "latest", "fresh"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"up 3 percent", "down around 22 percent", "up to $40": bare up or down before a share or a price.</summary>
    [GeneratedRegex(@"\b(?<dir>up|down)\s+(?:to\s+|by\s+)?" + Qualifiers + "$", RegexOptions.IgnoreCase)]
    public static partial Regex UpOrDownBefore();

    /// <summary>A change named right after the figure: "a 22 percent drop", "a 56 percent jump".</summary>
    public static readonly (string Trend, Regex Pattern)[] TrendsAfter = [("down", DownAfter()), ("up", UpAfter())];

    [GeneratedRegex(@"^\s*(?:%|per\s*cent|percent)?[-\s]*(?:drop|decline|fall|plunge|slump|decrease|loss|cut)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DownAfter();

    [GeneratedRegex(@"^\s*(?:%|per\s*cent|percent)?[-\s]*(?:rise|increase|gain|jump|surge|climb|rally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpAfter();

    /// <summary>Trend cues anywhere in the sentence ("the death toll grew through the night"), for its only figure.</summary>
    [GeneratedRegex(@"\b(?:toll|number|figure|count|tally)\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|grew|grown|increased|jumped|mounted)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RisingSentence();

    /// <summary>
    /// Words one of which every <see cref="OtherIncident"/> match holds: a vectorised search for them spares the
    /// pattern most sentences, which have none.
    /// </summary>
    public static readonly System.Buffers.SearchValues<string> OtherIncidentWords = System.Buffers.SearchValues.Create(
        ["last", "earlier", "previous", "ago", "before", "separate", "similar", "unrelated", "prior", "past", "since", "year", "annually",
         "record", "worst", "deadliest", "biggest", "largest"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that put a figure in another incident or in background statistics.</summary>
    [GeneratedRegex(@"\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:month|year)|the\s+previous\s+(?:day|week|month|year)|a\s+(?:week|month|year)\s+(?:ago|earlier|before)|(?:weeks|months|years)\s+(?:ago|earlier|before)|in\s+(?:a|an|the)\s+(?:earlier|previous|separate|similar|unrelated)\b|(?:earlier|previous|separate|similar|unrelated|prior|past)\s+(?:attacks?|incidents?|strikes?|tests?|launch(?:es)?|bombings?|crash(?:es)?|accidents?|raids?|explosions?|releases?)|since\s+\d{4}|since\s+[^.;]{0,60}\b(?:19|20)\d\d|since\s+[^;,]{0,40}?\b(?:came\s+to\s+power|took\s+(?:office|power|over)|was\s+elected|was\s+founded|was\s+formed)|every\s+year|each\s+year|a\s+year(?![-\u2011])|per\s+year|annually|over\s+the\s+(?:past|last)\s+\w+\s+(?:years|decades)|in\s+the\s+(?:past|last)\s+\w+\s+(?:years|decades)|record\s+(?:of|was|set)|previous\s+record|the\s+(?:worst|deadliest|biggest|largest)\s+since)\b", RegexOptions.IgnoreCase)]
    public static partial Regex OtherIncident();

    public static readonly System.Buffers.SearchValues<string> CumulativeWords = System.Buffers.SearchValues.Create(
        ["total", "in all", "altogether", "overall", "cumulative", "combined", "so far", "to date"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A running total: "bringing the total to", "in all", "so far".</summary>
    [GeneratedRegex(@"\b(?:total|in\s+all|altogether|overall|cumulative|combined|so\s+far|to\s+date)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Cumulative();

    /// <summary>Subset markers before the figure: "including 10 children", "among them two police officers".</summary>
    [GeneratedRegex(@"\b(?:including|of\s+whom|of\s+which|among\s+them|among\s+whom|among\s+those|of\s+them|of\s+those)\s+" + Qualifiers + "$", RegexOptions.IgnoreCase)]
    public static partial Regex SubsetBefore();

    /// <summary>Subset markers after the figure: "10 of them", "two of the dead", "four of the 25".</summary>
    [GeneratedRegex(@"^\s+(?:\p{L}+\s+)?(?:of\s+(?:them|those|these|whom|the\b)|among\s+(?:them|the\b)|were\s+among)", RegexOptions.IgnoreCase)]
    public static partial Regex SubsetAfter();
}
