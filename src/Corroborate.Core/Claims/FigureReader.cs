using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;
using Corroborate.Core.Quantities;

namespace Corroborate.Core.Claims;

/// <summary>
/// Decides what one number in a sentence counts. The grammar, in order: money and percentages are what they
/// are; "a city of two million people" is a population; "four of the dead have been identified" is a subset
/// whose predicate decides; otherwise the nearest category cue ("killed", "detained", "troops") in the number's
/// clause wins, looking ahead first. A count of people with no cue is "other"; a count of things ("two police
/// vehicles", "four defeats") is not a claim unless it is large ("2 million e-readers sold").
/// </summary>
internal static partial class FigureReader
{
    /// <summary>What the number counts; <see cref="Measure"/> is null for people, whose measure comes from the category and clause.</summary>
    public readonly record struct Reading(ClaimCategory Category, string Unit, string? Subject, string? Measure = null);

    /// <summary>What the number refers back to when it has no cue of its own.</summary>
    public enum Link { None, Subset, Anaphor }

    private const int ForwardWords = 12;
    private const int MaxPhraseWords = 6;
    private const int BackwardWords = 16;
    private const double SmallestOtherCount = 10;

    [GeneratedRegex(@"\b(?:(?:city|country|town|nation|village|region|state|island|capital|province|metropolis|population)\s+of|home\s+to)\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|more\s+than|over|just\s+over|under|less\s+than)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PopulationBefore();

    [GeneratedRegex(@"^\s*(?:inhabitants|residents\s+live)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PopulationAfter();

    [GeneratedRegex(@"\b(?:crowd|contingent|force|group|delegation|team|army|workforce|staff|total)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CollectiveBefore();

    [GeneratedRegex(@"^\s+of\s+(?:them|those|these|whom|which|us|(?:the|their|our|its|his|her)\s+(?:(?:more\s+than|some|about|around|nearly|over)\s+)?(?:[\d,]+\s+|(?-i:\p{Lu})\p{L}+\s+){0,3}#?(?<whole>[\p{L}-]+))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartitiveAfter();

    [GeneratedRegex(@"\b(?:of\s+which|of\s+whom|among\s+them|among\s+whom|including|among\s+those)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubsetBefore();

    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){0,2}(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:them|those)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmongThemAfter();

    [GeneratedRegex(@"^\s+(?:had|have|has|were|was|are|is|will|would|remain|remained|took|joined|fled|left)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ElidedSubject();

    [GeneratedRegex(@"^\s+(?:(?:at\s+least|more\s+than|about|around|some|nearly|almost|another|a\s+further|over)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnNumberAfter();

    [GeneratedRegex(@"\b(?:and|but|while)\s+(?!(?:another|a|further|the|some|about|around|nearly|over|at|more)\b)\p{L}+\s+(?:(?:at\s+least|more\s+than|about|around|some|nearly|almost|over)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NewPredicateWithNumber();

    [GeneratedRegex(@"^\s*(?:[\p{L}-]+ly\b)?\s*(?:[,;.)]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex BarePart();

    [GeneratedRegex(@"\b(?:" + NumberWords.ScalePattern + "|" + NumberWords.ShortScalePattern + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleWord();

    [GeneratedRegex(@"\b(?:up|down|rising|falling|rose|fell)\s+from\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierValueBefore();

    [GeneratedRegex(@"\b(?:rose|risen|rising|climbed|climbing|jumped|increased|grew|reached|fell|dropped|stood|stands|holds|houses|hosts|accommodates|employs|carrying|carried|carries)\s+(?:to\s+|at\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelReachedBefore();

    [GeneratedRegex(@"^\s+of\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex NamedGroupAfter();

    [GeneratedRegex(@"\b(?:figure|tally|number|total|count|crowd|turnout|attendance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphorNoun();

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}’'-]*|[,;:.!?–—()]")]
    private static partial Regex Word();

    private static readonly HashSet<string> QualifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "least", "more", "than", "over", "about", "around", "some", "nearly", "almost", "roughly", "up", "to", "as", "many",
        "an", "estimated", "a", "further", "another", "no", "fewer", "approximately", "just", "well",
    };

    /// <summary>Days and months after a number date it ("six Friday", "20 January"); they are not what it counts.</summary>
    private static readonly HashSet<string> TimeWords = new(
        $"{MonthNames.Pattern}|{WeekdayNames.Pattern}|tonight|today|yesterday|overnight".Split('|'), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase) { "and", "but", "while", "whereas", "yet" };

    private static readonly HashSet<ClaimCategory> LastingStates = [ClaimCategory.Evacuated, ClaimCategory.Displaced, ClaimCategory.Arrested, ClaimCategory.Missing];

    private static readonly HashSet<string> GenericPeople = new(StringComparer.OrdinalIgnoreCase) { "people", "persons", "residents", "others" };

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "where", "when", "while", "whereas", "although", "though", "because", "unless", "whose",
    };

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "person", "lives", "residents", "civilians", "workers", "employees", "staff", "personnel", "protesters", "protestors",
        "demonstrators", "rioters", "students", "children", "women", "men", "victims", "inhabitants", "citizens", "migrants", "refugees",
        "passengers", "fans", "spectators", "members", "officers", "policemen", "policewomen", "police", "officials", "journalists",
        "patients", "volunteers", "activists", "voters", "families", "households", "doctors", "nurses", "pupils", "adults", "individuals",
        "criminals", "terrorists", "militants", "insurgents", "fighters", "gunmen", "bandits", "soldiers", "troops", "servicemen",
        "detainees", "prisoners", "suspects", "hostages", "evacuees", "dead", "wounded", "injured", "youths", "girls", "boys", "babies",
        "infants", "crew", "guards", "agents", "peacekeepers", "opponents", "supporters", "mourners", "pilgrims", "tourists", "visitors",
        "customers", "casualties", "inmates", "cases", "others", "delegates", "candidates", "deputies", "locals", "nationals", "guests", "athletes", "diplomats", "priests", "monks", "nuns", "clients", "killed", "arrested", "detained", "missing", "displaced", "evacuated", "arrests",
    };

    /// <summary>Things whose names end like people's ("shelters", "helicopters"), so the suffix rule must not take them.</summary>
    private static readonly HashSet<string> ThingsLikePeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "shelters", "containers", "computers", "helicopters", "tractors", "generators", "towers", "centres", "centers", "corridors",
        "doors", "floors", "meters", "papers", "posters", "letters", "chambers", "borders", "rivers", "waters", "numbers", "orders",
        "trailers", "reactors", "sectors", "monitors", "motors", "transformers", "printers", "scooters", "tenders", "barriers",
        "plants", "restaurants", "tents", "segments", "documents", "apartments", "departments", "payments", "shipments", "events",
        "diggers", "excavators", "bulldozers", "loaders", "tankers", "carriers", "destroyers", "bombers", "launchers", "boosters",
        "drillers", "mixers", "cranes", "trucks", "satellites", "rockets", "engines", "motorways", "parameters", "markets",
        "kilometers", "millimeters", "centimeters", "quarters", "headquarters", "assets", "accounts", "components",
    };

    [GeneratedRegex(@"(?:ers|ors|ists|ians|ans|ants|ents|ees|eers|men)$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonSuffix();

    public static bool IsPerson(string head) =>
        !ThingsLikePeople.Contains(head) && (PersonNouns.Contains(head) || IsCategoryNoun(head) || head.Length >= 5 && (PersonSuffix().IsMatch(head) || EndsWithPersonNoun(head)));

    /// <summary>Compounds such as "schoolgirls" and "schoolchildren" name people by their last part.</summary>
    private static bool EndsWithPersonNoun(string head) =>
        PersonNouns.Any(n => n.Length >= 5 && head.Length > n.Length && head.EndsWith(n, StringComparison.OrdinalIgnoreCase));

    /// <summary>"one guard", "one man": the plural is what the person lists know.</summary>
    private static string Plural(string singular) =>
        singular.EndsWith("man", StringComparison.OrdinalIgnoreCase) ? singular[..^3] + "men"
        : singular.Equals("child", StringComparison.OrdinalIgnoreCase) ? "children"
        : singular.Length > 1 && singular[^1] == 'y' && !"aeiou".Contains(singular[^2]) ? singular[..^1] + "ies"
        : singular.EndsWith('s') || singular.EndsWith('x') || singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal)
            ? singular + "es" : singular + "s";

    private static bool LooksPlural(string w) =>
        w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal);

    /// <summary>"30 deaths", "4,000 arrests": the head names the category itself.</summary>
    private static bool IsCategoryNoun(string word) => CategoryWords.GetOrAdd(word, w => CategoryCues.Find(w).Count > 0);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> CategoryWords = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the quantity at [<paramref name="start"/>, <paramref name="end"/>) of the sentence; null when it is not a claim.</summary>
    /// <param name="previous">The claim just before in the sentence, for "23 dead, of which nine policemen" and "$6.3 billion and 1.2 billion".</param>
    /// <param name="carried">The single category of the previous sentence in the paragraph, for person counts with no cue.</param>
    public static Reading? Read(string sentence, Quantity q, int start, int end, List<CategoryCues.Cue> cues, Reading? previousReading, ClaimCategory? carried)
    {
        var previous = previousReading?.Category;
        if (q.Vague || q.Kind is QuantityKind.Age or QuantityKind.Score or QuantityKind.Label) return null;
        if (q.Kind == QuantityKind.Measure) return MeasureReading(sentence, q, start, end);
        if (q.Kind == QuantityKind.Money) return new Reading(ClaimCategory.Money, q.Unit!, null, "money");
        if (q.Kind == QuantityKind.Percent) return new Reading(ClaimCategory.Other, "%", null, "percent");
        // "$6.3 billion and 1.2 billion set aside": a scaled amount after money in the same sentence is in that currency.
        if (previousReading is { Category: ClaimCategory.Money } money && ScaleWord().IsMatch(sentence[start..end]) && !IsPerson(NounPhrase(sentence[end..]).Head ?? ""))
            return money;

        var before = sentence.AsSpan(0, start);
        string after = sentence[end..];
        if (PopulationBefore().IsMatch(before) || PopulationAfter().IsMatch(after)) return new Reading(ClaimCategory.Population, "people", null);

        if (PartitiveAfter().Match(after) is { Success: true } part)
        {
            // "four of the dead", "1,100 of them"; but "one of the destinations" counts no one.
            string whole = part.Groups["whole"].Value;
            // "one of the students" picks out a person; "21 of our girls" counts.
            if (q.Low < 2) return null;
            // "20 of their vessels" counts things.
            if (whole.Length > 0 && !IsPerson(whole)) return ThingReading(sentence, q, start, whole);
            var predicate = NearestCue(sentence, cues, start, end + part.Length, lookBehind: false);
            // "At least 18 were hurt, two of them seriously": with no verb of its own the part shares the whole's fate.
            if (predicate is null && previous is { } wholeCategory && BarePart().IsMatch(after[part.Length..])) return new Reading(wholeCategory, "people", null);
            return new Reading(predicate ?? ClaimCategory.Other, "people", null);
        }

        // "Organisers said 80,000 took part": a verb straight after the number means it has no noun of its own.
        var (phrase, head) = ElidedSubject().IsMatch(after) ? (null, null) : NounPhrase(after);
        // "one user called 80 Hou Bu Huai": a number before a name is part of the name.
        if (head is null && NameAfter().Match(after) is { Success: true } name && !TimeWords.Contains(name.Groups[1].Value)) return null;
        // "22 dead, up from 15 a day earlier": the earlier value of the figure just given.
        if (head is null && previous is { } updated && EarlierValueBefore().IsMatch(before)) return new Reading(updated, "people", null);
        bool person = head is null ? CollectiveBefore().IsMatch(before) : IsPerson(head) || q.Low == 1 && IsPerson(Plural(head));
        if (head is not null && !person) return ThingReading(sentence, q, start, head);

        string? subject = person && head is not null && !IsCategoryNoun(head) ? phrase : null;
        var cue = NearestCue(sentence, cues, start, end, lookBehind: true);
        // "Two children were among them": a part of the figure just given.
        if (AmongThemAfter().IsMatch(after) && (previous ?? carried) is { } group) return new Reading(group, "people", subject);
        if (SubsetBefore().IsMatch(before) && previous is { } inherited && NearestCue(sentence, cues, start, end, lookBehind: false) is null)
            return new Reading(inherited, "people", subject);
        if (cue is { } category) return new Reading(category, "people", subject);
        // "About 300 people ..." right after an evacuation figure continues it; "20,000 marchers" names a new group.
        // Only states that last carry over ("must stay away" of evacuees); "20,000 people are living in tents" after a toll is not more dead.
        var personCategory = head is not null && GenericPeople.Contains(head) && carried is { } state && LastingStates.Contains(state) ? state : ClaimCategory.Other;
        // A handful of people with nothing happening to them is narrative ("two ambitious people"), not a figure; a
        // named group ("two pyrotechnicians jumped") or people on board are counted.
        if (person)
            return personCategory == ClaimCategory.Other && q.Low < SmallestOtherCount && !NamedSmallGroup(head, after, q.Low, before)
                && ClaimFrame.PeopleEvent(sentence, start, end, sentence.Length) == "people"
                ? null : new Reading(personCategory, "people", subject);
        // "police put the figure at 35,000": the figure of the claim before, in this sentence or the last.
        // "the operator put the number of strikers at 26,500" names its own group; "put the figure at 35,000" refers back.
        foreach (var anaphor in AnaphorNoun().EnumerateMatches(before))
            return new Reading(NamedGroupAfter().IsMatch(before[(anaphor.Index + anaphor.Length)..]) ? ClaimCategory.Other : previous ?? carried ?? ClaimCategory.Other, "people", null);
        // "Dengue cases have climbed to 18,400", "the prison holds over 2,000", "was carrying 58": a level, capacity or load of a count named before.
        // "The death toll ... rose to at least six": the level of the count its clause's subject names.
        if (head is null && LevelReachedBefore().IsMatch(before))
            return new Reading(SubjectCue(sentence, cues, start) ?? ClaimCategory.Other, "people", null);
        // "By nightfall, some 25,000 had left": a bare number as subject stands for the people just counted.
        if (head is null && ElidedSubject().IsMatch(after)) return new Reading(carried ?? ClaimCategory.Other, "people", null);
        return null;
    }

    /// <summary>
    /// A physical measure ("2,700 km", "62.9 inches of snow", "for 14 minutes"), or a count written with a unit
    /// word ("51 points", "four times"); lengths of time that only date something ("two days ago") are not claims.
    /// </summary>
    private static Reading? MeasureReading(string sentence, Quantity q, int start, int end)
    {
        string unit = q.Unit ?? "";
        if (unit == "compound") return null;
        if (ClaimFrame.PhysicalMeasure(unit, sentence, start, end) is { } measure)
            return measure == "duration" && ClaimFrame.IsRelativeTime(sentence, start, end) ? null : new Reading(ClaimCategory.Other, unit, null, measure);
        return new Reading(ClaimCategory.Other, unit, null, Plural(unit.ToLowerInvariant().TrimEnd('s')));
    }

    [GeneratedRegex(@"^\s+(\p{Lu}\p{Ll}+)\b")]
    private static partial Regex NameAfter();

    /// <summary>The category of the last cue before the number within its clause, however far.</summary>
    private static ClaimCategory? SubjectCue(string sentence, List<CategoryCues.Cue> cues, int start)
    {
        var (from, _) = ClaimFrame.Clause(sentence, start, start);
        var cue = cues.LastOrDefault(c => c.Start >= from && c.End <= start);
        return cue.End > 0 ? cue.Category : null;
    }

    /// <remarks>"The two leaders agreed" names a known pair again; "two pyrotechnicians jumped" counts.</remarks>
    private static bool NamedSmallGroup(string? head, string after, double count, ReadOnlySpan<char> before) =>
        count >= 2 && head is not null && !GenericPeople.Contains(head) && !Adjectival().IsMatch(head) && !DeterminerBefore().IsMatch(before)
        || OnBoard().IsMatch(after);

    [GeneratedRegex(@"^\s+(?:\p{L}+\s+){0,2}(?:were|was|are)\s+(?:on\s+board|aboard)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnBoard();

    /// <summary>"two ambitious", "three young": an adjective standing for people is no named group.</summary>
    [GeneratedRegex(@"(?:ous|ive|ful|ing|ed|ic|al|ible|able|young|old)$", RegexOptions.IgnoreCase)]
    private static partial Regex Adjectival();

    /// <summary>
    /// A count of things: "11.5 million documents", "fired two missiles". A small number after a determiner names
    /// a known set again ("the two leaders", "its three ships") and idioms ("at one point") count nothing.
    /// </summary>
    private static Reading? ThingReading(string sentence, Quantity q, int start, string head)
    {
        if (q.Low < SmallestOtherCount && DeterminerBefore().IsMatch(sentence.AsSpan(0, start))) return null;
        string noun = head.ToLowerInvariant();
        if (NotCounted.Contains(noun)) return null;
        // "one train was stationary" tells which; "only one projectile was launched" counts.
        if (q.Low == 1 && !LooksPlural(noun) && !CountedOneBefore().IsMatch(sentence.AsSpan(0, start))) return null;
        string measure = LooksPlural(noun) || q.Low != 1 ? noun : Plural(noun);
        return new Reading(ClaimCategory.Other, measure, null, measure);
    }

    [GeneratedRegex(@"\b(?:the|these|those|its|their|his|her|our|your|both|all|first|last|other|every)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"\b(?:only|just|a\s+single|at\s+least|no\s+more\s+than|but)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedOneBefore();

    /// <summary>Nouns after a number that make an idiom or a manner, not a count ("one way", "two reasons").</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "point", "way", "ways", "thing", "things", "reason", "reasons", "another", "side", "sides", "hand", "time", "kind", "sort",
        "example", "examples", "question", "questions", "word", "words", "step", "steps", "lesson", "lessons", "moment", "piece",
    };

    /// <summary>
    /// The cue nearest the number, counted in words: ahead within the clause, or behind within the sentence. Ahead
    /// wins ties, because English states the count before what happened to it.
    /// </summary>
    private static ClaimCategory? NearestCue(string sentence, List<CategoryCues.Cue> cues, int start, int end, bool lookBehind)
    {
        ClaimCategory? ahead = null, behind = null;
        int aheadDistance = int.MaxValue, behindDistance = int.MaxValue;
        bool governed = false, coordinated = false;
        foreach (var c in cues.Where(c => c.Start >= end))
        {
            var gap = sentence.AsSpan(end, c.Start - end);
            int words = 0;
            bool punctuation = false;
            foreach (var w in Word().EnumerateMatches(gap))
            {
                words++;
                punctuation |= w.Length == 1 && gap[w.Index] is ',' or ';' or ':' or '–' or '—' or '.';
            }
            if (words > ForwardWords || punctuation) break;
            // "infected 4,500 people and killed 120": a verb with a number of its own counts that number, not this one;
            // "sickened 1,350 children and claimed 19 lives": a cue past a new predicate with its own number belongs to that
            // number; "14 rioters and nine police officers were killed" shares it.
            if (OwnNumberAfter().IsMatch(sentence.AsSpan(c.End)) || NewPredicateWithNumber().IsMatch(gap)) break;
            (ahead, aheadDistance) = (c.Category, words);
            // "12 soldiers were killed": a group noun says who was counted; the verb after it says what happened.
            if (c.Category != ClaimCategory.Troops) break;
        }
        if (!lookBehind) return ahead;
        foreach (var c in cues.Where(c => c.End <= start).TakeLast(1))
        {
            var between = Word().Matches(sentence[c.End..start]).Where(w => char.IsLetter(w.Value[0])).ToList();
            // A cue behind a new clause ("..., where a crowd of 45,000 had gathered") or a reporting verb
            // ("killed 63, officials said, and 2,100 cases") belongs to another figure.
            if (between.Count <= BackwardWords && !between.Any(w => ClauseOpeners.Contains(w.Value) || ReportingVerbs.EndingAStatement.Contains(w.Value)))
            {
                (behind, behindDistance) = (c.Category, between.Count);
                governed = between.All(w => QualifierWords.Contains(w.Value));
                coordinated = between.Any(w => Conjunctions.Contains(w.Value));
            }
        }
        // "killing at least 89 people and injuring 400": a verb right before the number takes it as its object;
        // "19 died and 6 were still missing": after a conjunction the number opens a clause of its own.
        if (governed && behind is not null) return behind;
        if (coordinated && ahead is not null) return ahead;
        return ahead is not null && aheadDistance <= behindDistance ? ahead : behind ?? ahead;
    }

    /// <summary>Whether a plural common noun comes within the next few words, with only words of a noun phrase before it.</summary>
    private static bool CommonNounAhead(Match word)
    {
        var m = word;
        for (int i = 0; i < 4 && m.Success; i++, m = m.NextMatch())
        {
            string w = m.Value;
            if (w is "and" or "or") continue;
            if (!char.IsLetter(w[0]) || StopWords.AroundFigures.Contains(w)) return false;
            if (char.IsLower(w[0]) && (LooksPlural(w) || IsPerson(w))) return true;
        }
        return false;
    }

    /// <summary>The noun phrase right after a number ("“armed criminals”", "police officers") and its head word.</summary>
    private static (string? Phrase, string? Head) NounPhrase(string after)
    {
        var words = new List<string>();
        foreach (Match m in Word().Matches(after.Length > 80 ? after[..80] : after))
        {
            string w = m.Value;
            bool afterName = words.Count > 0 && char.IsUpper(words[^1][0]);
            // "300,000 more people", "12 other passengers": the noun follows the comparative.
            if (words.Count == 0 && w is "more" or "other" or "additional" or "extra" && !string.IsNullOrEmpty(m.NextMatch().Value) && char.IsLower(m.NextMatch().Value[0])) continue;
            // "12 current or former world leaders": adjectives joined before their noun.
            if (w is "or" or "and" && words.Count > 0 && !LooksPlural(words[^1]) && !IsPerson(words[^1])) continue;
            if (!char.IsLetter(w[0]) || StopWords.AroundFigures.Contains(w) || TimeWords.Contains(w)) break;
            // "82 Nigerian Chibok schoolgirls", "two New York City subway work trains": proper modifiers run on;
            // after a common noun a capital opens something else ("20 people Monday").
            // "two senior Western European security sources": names inside a phrase whose common noun follows.
            if (words.Count > 0 && char.IsUpper(w[0]) != afterName && !CommonNounAhead(m)) break;
            bool verbLike = w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            if (words.Count > 0 && IsCategoryNoun(w) && !PersonNouns.Contains(w)) break;   // "protesters injured"
            if (words.Count > 0 && verbLike && !CommonNounAhead(m)) break;   // "shipping and trading companies" run on
            if (verbLike && !PersonNouns.Contains(w) && !IsCategoryNoun(w) && !(words.Count > 0 && CommonNounAhead(m)))
            {
                // "armed criminals": a participle opens a noun phrase only when a lower-case noun follows it;
                // after the noun it starts a clause ("people living closest").
                var next = m.NextMatch();
                if (words.Count > 0 || !next.Success || !char.IsLower(next.Value[0]) || StopWords.AroundFigures.Contains(next.Value)) break;
            }
            words.Add(w);
            // The phrase ends at its noun: "people remain unaccounted for", "prisoners escaped"; "police" usually modifies.
            if (words.Count == MaxPhraseWords || IsPerson(w) && !w.Equals("police", StringComparison.OrdinalIgnoreCase) || LooksPlural(w) && !char.IsUpper(w[0])) break;
        }
        // A phrase of names only ("New York") has no common noun to count.
        while (words.Count > 0 && char.IsUpper(words[^1][0]) && !IsPerson(words[^1]) && !LooksPlural(words[^1])) words.RemoveAt(words.Count - 1);
        // A count followed directly by a category word ("18 killed", "40 dead") has that word as head.
        if (words.Count == 0) return (null, null);
        return (string.Join(' ', words), words[^1]);
    }
}
