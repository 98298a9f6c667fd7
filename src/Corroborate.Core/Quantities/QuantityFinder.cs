using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;
using Corroborate.Core.Text;

namespace Corroborate.Core.Quantities;

/// <summary>
/// Finds quantities in news English: digits with any common thousands separator ("4,000", "4 000", "4.000"),
/// number words ("a dozen", "two million", "twenty-five"), vague amounts ("hundreds", "tens of thousands",
/// "several thousand"), ranges ("25 to 35", "25-35", "between 25 and 35"), percentages and money ("$40m",
/// "€60 million", "2.2 million euros"), each with the qualifier written before it ("almost 750", "some 1,000").
/// Dates, clock times, ages, durations and other measures are recognised so that they are not taken for counts.
/// </summary>
public static partial class QuantityFinder
{
    private const string Spaces = @"[ \u00A0\u202F\u2009]";

    [GeneratedRegex(@"(?<cur>US\$|\$|€|£|¥|\b(?:EUR|USD|GBP)\s?)?(?<!\p{L}[-\u2011]?|[\d.,:])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:" + Spaces + @"\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d+(?:\.\d+)?)(?![\d:]|[.,]\d)(?:(?<short>" + NumberWords.ShortScalePattern + @")\b)?(?:\s*(?<scale>" + NumberWords.ScalePattern + @")\b)?(?:\s+(?<scale2>" + NumberWords.SecondScalePattern + @")\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?:(?<lead>half\s+a|an?|" + NumberWords.BelowHundredBeforeScalePattern + @")\s+)?(?<scale>dozen|" + NumberWords.ScalePattern + @")(?:\s+(?<scale2>" + NumberWords.SecondScalePattern + @"))?\b|\b(?<word>" + NumberWords.BelowHundredPattern + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:(?<few>several|a\s+few|a\s+couple\s+of|many)\s+(?<scale>dozen|hundred|thousand|million)|(?:(?<tens>tens|hundreds)\s+of\s+)?(?<plural>dozens|hundreds|thousands|millions|billions))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();

    [GeneratedRegex(@"(?<q>at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|more\s+than|over|upwards\s+of|in\s+excess\s+of|above|exceeding|greater\s+than|just\s+over|well\s+over|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|as\s+many\s+as|less\s+than|fewer\s+than|under|below|just\s+under|about|around|some|roughly|approximately|approx\.|nearly|almost|close\s+to|an\s+estimated|estimated|circa|c\.|~)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QualifierBefore();

    [GeneratedRegex(@"^\s*(?:or\s+so|odd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutAfter();

    [GeneratedRegex(@"^(?<sep>\s*(?:-|–|—|to|and|or)\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeConnector();

    [GeneratedRegex(@"\b(?:between|from)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeOpener();

    [GeneratedRegex(@"^(?:\s*(?<pct>%|per\s*cent\b|percent\b|pc\b)|[\s\u00A0]*(?:(?:US|American|Swiss|Hong\s+Kong)\s+)?(?<cur>euros?|dollars?|pounds?(?:\s+sterling)?|sterling|yen|yuan|renminbi|roubles?|rubles?|tenge|francs?|rupees?|pesos?|reais|real|lira|zloty)\b|[-\u2011](?<hscale>thousand|million|billion)[-\u2011](?<hcur>euro|dollar|pound|yen|yuan|rouble|ruble|franc|rupee|peso)\b|[-\u2011](?<hunit>(?:square[-\u2011 ])?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|foot|feet|inch(?:es)?|yards?|tonnes?|tons?|barrels?|litres?|liters?|gallons?|acres?|hectares?|kilograms?|kg|m|cm|mm|ft))(?<hold>[-\u2011]olds?)?\b|\s*(?<hyphen>[-\u2011]\p{L})|\s*(?<measure>years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|decades?|centuries|century|km|kilomet(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|miles?|met(?:re|er)s?|cm|mm|kg|kilos?|kilograms?|grams?|tonnes?|tons?|inches|inch|feet|foot|ft|yards?|hectares?|acres?|degrees?|°|litres?|liters?|gallons?|barrels?|lbs?|mph|km/h|points?|goals?|runs?|seats?|votes?|times|storeys?|floors?|mw|gw|kw|gb|mb|tb|terabytes?|gigabytes?|m)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex After();

    [GeneratedRegex(@"(?:\p{Lu}\p{L}+,\s*$)|(?:\baged\s+$)", RegexOptions.None)]
    private static partial Regex AgeBefore();

    /// <summary>"number two", "tank 4", "No. 10": a number that names something rather than counting it.</summary>
    [GeneratedRegex(@"\b(?:celebrating|celebrates|marking|marks|number|no\.|tank|room|gate|route|page|article|section|flight|platform|line|unit|block|chapter|episode|season|round|stage|level|grade|phase|item|table|paragraph|version|model|channel|highway|road|track|terminal|pier|ward|lot)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelBefore();

    /// <summary>"5-15K", "3-2B", "1/2": a number joined to a code or a counter, not a range.</summary>
    [GeneratedRegex(@"^(?:[-\u2011]\d+\p{L}|/\d)")]
    private static partial Regex ModelNumberAfter();

    [GeneratedRegex(@"^(?:ft|km|cm|mm|kg|lbs?|mph|kph|mi|m|mw|gw|kw|gb|mb|tb)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex GluedUnit();

    /// <summary>"9 p.m.", "6 am": a clock time.</summary>
    [GeneratedRegex(@"^\s*[ap]\.?\s?m\.?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ClockAfter();

    /// <summary>"the Group of 20", "Group of Seven": a name.</summary>
    [GeneratedRegex(@"\bGroup\s+of\s+$")]
    private static partial Regex NamedGroupBefore();

    /// <summary>"Nikkei 225", "the Falcon 9 rocket", "Resolution 2375": a number right after a name inside a sentence is part of it.</summary>
    [GeneratedRegex(@"\p{L}[,;:]?\s+(?!(?:" + MonthNames.Pattern + "|" + WeekdayNames.Pattern + @"|About|Some|Nearly|Almost|Around|Over|Only|Just|At|The|A|An|By|In|On|Of|To|And|But|Or|For|With|Than|From|Up)\b)\p{Lu}[\p{L}-]+\s+$")]
    private static partial Regex NameBefore();

    /// <summary>"11 zillion", "125 years of Progress" in a banner: numbers used for effect.</summary>
    [GeneratedRegex(@"^\s*(?:zillion|gazillion|bajillion|squillion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotANumberAfter();

    [GeneratedRegex(@"^\s*(?:with|behind|sure|certain|committed|confident|correct|right|wrong|true)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullSupportAfter();

    /// <summary>"no one", "not one": a negation, not a count.</summary>
    [GeneratedRegex(@"\b(?:no|not)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NegationBefore();

    private sealed record Raw(int Start, int End, double Low, double High, bool Vague, bool Scaled, string? Currency);

    public static IReadOnlyList<Quantity> Find(string text, IReadOnlyList<TextSpan>? exclude = null)
    {
        var raws = new List<Raw>();
        foreach (Match m in Vague().Matches(text)) raws.Add(VagueAmount(m));
        foreach (Match m in Digits().Matches(text)) if (DigitAmount(m, text) is { } r) raws.Add(r);
        foreach (Match m in Words().Matches(text)) if (WordAmount(m) is { } r) raws.Add(r);
        // Dates first, then longer quantities before the shorter ones they overlap.
        var taken = new TakenCharacters(text.Length);
        foreach (var x in exclude ?? []) taken.Take(x);
        var kept = raws.OrderByDescending(r => r.End - r.Start).ThenBy(r => r.Start)
            .Where(r => taken.TryTake(new TextSpan(r.Start, r.End))).ToList();
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Build(text, MergeRanges(text, kept));
    }

    private static Raw VagueAmount(Match m)
    {
        double scale = ScaleOf(m.Groups["scale"].Success ? m.Groups["scale"].Value : Singular(m.Groups["plural"].Value));
        if (m.Groups["tens"].Success) scale *= m.Groups["tens"].Value.Equals("tens", StringComparison.OrdinalIgnoreCase) ? 10 : 100;
        // "hundreds" is two to nine hundred; "tens of thousands" twenty to ninety thousand.
        return new Raw(m.Index, m.Index + m.Length, 2 * scale, 9 * scale, true, true, null);
    }

    private static Raw? DigitAmount(Match m, string text)
    {
        string digits = m.Groups["num"].Value;
        // "€1.595m" and "1.5 million" are decimals; "4.000" alone is four thousand in European style.
        int end = m.Index + m.Length;
        if (m.Groups["short"].Success && !m.Groups["cur"].Success)
        {
            // "80m", "40m-deep": metres, read by the unit rules after the number; other bare suffixes name things.
            if (!m.Groups["short"].Value.Equals("m", StringComparison.OrdinalIgnoreCase) || m.Groups["scale"].Success) return null;
            end = m.Groups["short"].Index;
        }
        else if (IsPartOfName(text, m.Index, end, hasCurrency: m.Groups["cur"].Success)) return null;
        bool scaled = m.Groups["short"].Success || m.Groups["scale"].Success;
        double value = scaled && digits.Contains('.') && !digits.Contains(',') ? double.Parse(digits, CultureInfo.InvariantCulture) : ParseDigits(digits);
        double factor = 1;
        if (m.Groups["short"].Success && m.Groups["cur"].Success) factor = NumberWords.Scales[m.Groups["short"].Value];
        foreach (var g in new[] { m.Groups["scale"], m.Groups["scale2"] })
            if (g.Success) factor *= NumberWords.Scales[g.Value];
        string? currency = m.Groups["cur"].Success ? CurrencyOfSymbol(m.Groups["cur"].Value.Trim()) : null;
        return new Raw(m.Index, end, value * factor, value * factor, false, factor > 1, currency);
    }

    /// <summary>
    /// "24th", "9pm", "5.10am", "@9NewsAUS", "A42", "F-15K", "1/2": digits glued to letters, codes, handles or counters
    /// are ordinals, times or names. "130ft", "30cm" are measures, read by the unit rules.
    /// </summary>
    private static bool IsPartOfName(string text, int start, int end, bool hasCurrency)
    {
        var rest = text.AsSpan(end);
        if (rest.Length > 0 && char.IsLetter(rest[0]) && !GluedUnit().IsMatch(rest[..Math.Min(6, rest.Length)])) return true;
        if (ModelNumberAfter().IsMatch(rest[..Math.Min(8, rest.Length)])) return true;
        return start > 0 && text[start - 1] is '@' or '#' or '/' && !hasCurrency;
    }

    private static Raw? WordAmount(Match m)
    {
        if (m.Groups["word"].Success)
        {
            int? small = NumberWords.ParseSmall(m.Groups["word"].Value);
            return small is null ? null : new Raw(m.Index, m.Index + m.Length, small.Value, small.Value, false, false, null);
        }
        string lead = m.Groups["lead"].Success ? Regex.Replace(m.Groups["lead"].Value.ToLowerInvariant(), @"\s+", " ") : "";
        if (lead.Length == 0 && !m.Groups["scale2"].Success) return null;   // a bare "thousand" without "a" or a number
        double leadValue = lead switch { "" => 1, "a" or "an" => 1, "half a" => 0.5, _ => NumberWords.ParseSmall(lead) ?? 1 };
        double value = leadValue * ScaleOf(m.Groups["scale"].Value);
        if (m.Groups["scale2"].Success) value *= ScaleOf(m.Groups["scale2"].Value);
        return new Raw(m.Index, m.Index + m.Length, value, value, false, true, null);
    }

    private static double ScaleOf(string word) => word.ToLowerInvariant() switch
    {
        "dozen" => 12,
        var w => NumberWords.Scales[w],
    };

    private static string Singular(string plural) => plural.ToLowerInvariant() switch
    {
        "dozens" => "dozen",
        var p => p.TrimEnd('s'),
    };

    /// <summary>"4,000", "4 000" and "4.000" (three-digit groups) are four thousand; "2.2" is a decimal.</summary>
    private static double ParseDigits(string digits)
    {
        string compact = Regex.Replace(digits, Spaces, "");
        if (Regex.IsMatch(compact, @"^\d{1,3}(?:\.\d{3})+$")) compact = compact.Replace(".", "");
        return double.Parse(compact.Replace(",", ""), CultureInfo.InvariantCulture);
    }

    /// <summary>"25 to 35", "25-35", "between 25 and 35" become one quantity; "2 to 3 million" shares the scale.</summary>
    private static List<Raw> MergeRanges(string text, List<Raw> raws)
    {
        var merged = new List<Raw>();
        for (int i = 0; i < raws.Count; i++)
        {
            var a = raws[i];
            if (i + 1 < raws.Count && !a.Vague && !raws[i + 1].Vague)
            {
                var b = raws[i + 1];
                var connector = RangeConnector().Match(text[a.End..b.Start]);
                bool opened = RangeOpener().IsMatch(text[Math.Max(0, a.Start - 10)..a.Start]);
                string sep = connector.Groups["sep"].Value.Trim().ToLowerInvariant();
                if (connector.Success && (sep != "and" || opened))
                {
                    double low = a.Low, high = b.High;
                    if (!a.Scaled && b.Scaled && low < high / 1000) low *= b.High / ParseBase(text, b);
                    // "5-6,000": the first number shares the thousands of the second.
                    else if (!a.Scaled && low < 10 && high >= 1000 && high % 1000 == 0 && low * 1000 < high) low *= 1000;
                    if (low < high)
                    {
                        merged.Add(new Raw(a.Start, b.End, low, high, false, b.Scaled, a.Currency ?? b.Currency));
                        i++;
                        continue;
                    }
                }
            }
            merged.Add(a);
        }
        return merged;
    }

    /// <summary>The number of a scaled amount without its scale ("3 million" → 3).</summary>
    private static double ParseBase(string text, Raw r)
    {
        var m = Regex.Match(text[r.Start..r.End], @"\d+(?:\.\d+)?");
        return m.Success ? double.Parse(m.Value, CultureInfo.InvariantCulture) : 1;
    }

    private static List<Quantity> Build(string text, List<Raw> raws)
    {
        var result = new List<Quantity>();
        foreach (var r in raws)
        {
            int start = r.Start, end = r.End;
            var qualifier = r.Vague ? Qualifier.About : Qualifier.Exact;
            string before = text[Math.Max(0, start - 30)..start];
            var q = QualifierBefore().Match(before);
            if (q.Success && !r.Vague)
            {
                qualifier = ParseQualifier(q.Groups["q"].Value);
                start -= before.Length - q.Index;
            }
            if (r.High > r.Low && !r.Vague) qualifier = Qualifier.Exact;
            if (text[r.Start..r.End].Contains("dozen", StringComparison.OrdinalIgnoreCase) && qualifier == Qualifier.Exact) qualifier = Qualifier.About;
            string after = text[end..Math.Min(text.Length, end + 40)];
            if (AboutAfter().Match(after) is { Success: true } about)
            {
                qualifier = Qualifier.About;
                end += about.Length;
                after = text[end..Math.Min(text.Length, end + 40)];
            }
            var kind = QuantityKind.Count;
            string? unit = null;
            if (r.Currency is not null) { kind = QuantityKind.Money; unit = r.Currency; }
            double scale = 1;
            var u = After().Match(after);
            if (u.Success)
            {
                if (u.Groups["pct"].Success) { kind = QuantityKind.Percent; unit = "%"; end += u.Length; }
                else if (u.Groups["cur"].Success && IsWeightInPounds(text, u.Groups["cur"].Value)) { kind = QuantityKind.Measure; unit = "pounds"; end += u.Length; }
                else if (u.Groups["cur"].Success) { kind = QuantityKind.Money; unit = CurrencyOfWord(u.Groups["cur"].Value, u.Value); end += u.Length; }
                else if (u.Groups["hcur"].Success)
                {
                    // "a 2.3-billion-euro package"
                    (kind, unit, scale) = (QuantityKind.Money, CurrencyOfWord(u.Groups["hcur"].Value, u.Value), ScaleOf(u.Groups["hscale"].Value));
                    end += u.Length;
                }
                else if (u.Groups["hunit"].Success)
                {
                    // "a 40-metre-deep well", "a 12-minute display"; "the 16-year-old" is an age.
                    kind = u.Groups["hold"].Success ? QuantityKind.Age : QuantityKind.Measure;
                    unit = Regex.Replace(u.Groups["hunit"].Value.ToLowerInvariant(), @"[-\u2011 ]", " ");
                    end += u.Length;
                }
                else if (u.Groups["hyphen"].Success) { kind = QuantityKind.Measure; unit = "compound"; }
                else if (u.Groups["measure"].Success && kind != QuantityKind.Money)
                {
                    kind = QuantityKind.Measure;
                    unit = u.Groups["measure"].Value.ToLowerInvariant();
                    end += u.Length;
                }
            }
            if (kind == QuantityKind.Count && IsAge(text, r)) kind = QuantityKind.Age;
            if (kind == QuantityKind.Count && qualifier == Qualifier.Exact && IsYearLike(text, r)) kind = QuantityKind.Label;
            if (kind == QuantityKind.Count && IsScore(text, r)) kind = QuantityKind.Score;
            string justBefore = text[Math.Max(0, r.Start - 20)..r.Start];
            if (kind is QuantityKind.Count or QuantityKind.Measure && LabelBefore().IsMatch(justBefore)
                || kind == QuantityKind.Count && (NamedGroupBefore().IsMatch(justBefore) || ClockAfter().IsMatch(after) || NotANumberAfter().IsMatch(after)
                    || NameBefore().IsMatch(text.AsSpan(Math.Max(0, r.Start - 30), r.Start - Math.Max(0, r.Start - 30)))))
                kind = QuantityKind.Label;
            // "100 percent with Japan": a way of speaking, not a share of anything.
            if (kind == QuantityKind.Percent && r.Low == 100 && FullSupportAfter().IsMatch(text.AsSpan(end, Math.Min(30, text.Length - end)))) kind = QuantityKind.Label;
            if (r.Low == 1 && NegationBefore().IsMatch(justBefore)) continue;
            result.Add(new Quantity(new TextSpan(start, end), r.Low * scale, r.High * scale, qualifier, kind, unit, r.Vague) { NumberStart = r.Start });
        }
        return result;
    }

    /// <summary>"Karim Massimov, 56, ..." and "aged 56": a small number set off after a name.</summary>
    private static bool IsAge(string text, Raw r) =>
        r.Low is >= 1 and < 120 && r.High == r.Low
        && AgeBefore().IsMatch(text[Math.Max(0, r.Start - 40)..r.Start])
        && (text[r.End..Math.Min(text.Length, r.End + 2)].StartsWith(',') || text[Math.Max(0, r.Start - 6)..r.Start].EndsWith("aged ", StringComparison.Ordinal));

    /// <summary>"Her 1938 death certificate": four plain digits in the range of years name a year, unless people follow.</summary>
    private static bool IsYearLike(string text, Raw r) =>
        r.Low == r.High && r.Low is >= 1800 and <= 2100 && r.Low == Math.Floor(r.Low) && r.End - r.Start == 4
        && !PeopleAfter().IsMatch(text.AsSpan(r.End, Math.Min(30, text.Length - r.End)).ToString());

    [GeneratedRegex(@"^\s+(?:people|persons|residents|civilians|protesters|demonstrators|soldiers|troops|workers|arrests|deaths|dead|injured)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleAfter();

    /// <summary>"3-1" where the second number is not larger: a score line, not a range.</summary>
    private static bool IsScore(string text, Raw r) =>
        (r.End < text.Length - 1 && text[r.End] is '-' or '–' && char.IsDigit(text[r.End + 1]))
        || (r.Start > 1 && text[r.Start - 1] is '-' or '–' && char.IsDigit(text[r.Start - 2]));

    private static Qualifier ParseQualifier(string q) => Regex.Replace(q.ToLowerInvariant(), @"\s+", " ") switch
    {
        "at least" or "no fewer than" or "no less than" or "not less than" or "a minimum of" => Qualifier.AtLeast,
        "more than" or "over" or "upwards of" or "in excess of" or "above" or "exceeding" or "greater than" or "just over" or "well over" => Qualifier.MoreThan,
        "up to" or "at most" or "no more than" or "not more than" or "a maximum of" or "as many as" => Qualifier.AtMost,
        "less than" or "fewer than" or "under" or "below" or "just under" => Qualifier.LessThan,
        _ => Qualifier.About,
    };

    private static string CurrencyOfSymbol(string symbol) => symbol.ToUpperInvariant() switch
    {
        "$" or "US$" or "USD" => "USD",
        "€" or "EUR" => "EUR",
        "£" or "GBP" => "GBP",
        "¥" => "JPY",
        var s => s,
    };

    /// <summary>
    /// "37,040 pounds" is a weight in a text that writes no "£" and no "sterling": American news gives money in dollars
    /// and weights in pounds, British news writes its money with the sign.
    /// </summary>
    private static bool IsWeightInPounds(string text, string word) =>
        word.StartsWith("pound", StringComparison.OrdinalIgnoreCase) && !word.Contains("sterling", StringComparison.OrdinalIgnoreCase)
        && !text.Contains('£') && !text.Contains("sterling", StringComparison.OrdinalIgnoreCase);

    private static string CurrencyOfWord(string word, string phrase)
    {
        string w = word.ToLowerInvariant();
        if (w.StartsWith("euro", StringComparison.Ordinal)) return "EUR";
        if (w.StartsWith("dollar", StringComparison.Ordinal))
            return phrase.Contains("Hong Kong", StringComparison.OrdinalIgnoreCase) ? "HKD" : "USD";
        if (w.StartsWith("pound", StringComparison.Ordinal) || w == "sterling") return "GBP";
        if (w.StartsWith("franc", StringComparison.Ordinal)) return "CHF";
        return w switch
        {
            "yen" => "JPY",
            "yuan" or "renminbi" => "CNY",
            "rouble" or "roubles" or "ruble" or "rubles" => "RUB",
            "tenge" => "KZT",
            "rupee" or "rupees" => "INR",
            "peso" or "pesos" => "MXN",
            "real" or "reais" => "BRL",
            "lira" => "TRY",
            "zloty" => "PLN",
            _ => w,
        };
    }
}
