using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Core.Text;

namespace Corroborate.Core.Provenance.Evaluation;

/// <summary>A real article the benchmark starts from.</summary>
public sealed record SourceDocument(string Name, string Topic, string Text);

/// <summary>
/// An article of the benchmark corpus. Originals and their copies share a <see cref="Group"/>. A copy is
/// published after its original, at the same moment, or undated (<see cref="CopyBenchmark.Build"/>).
/// </summary>
public sealed record BenchDocument(string Name, string Group, string Text, DateTimeOffset? Published);

/// <summary>A copy the benchmark made, with the character ranges of the original it reused and where they landed.</summary>
public sealed record PlantedCopy(string Original, string Copy, string Kind, IReadOnlyList<TextSpan> OriginalSpans, IReadOnlyList<TextSpan> CopySpans);

/// <summary>
/// The copy-detection benchmark: real articles plus corrupted copies of each. Every fifth article (by
/// name) is held out as a donor of inserted paragraphs, so inserted text is shared with no original.
/// Unrelated articles on the same topic are the hard negatives. Every article carries a publication date
/// (or none) that places each copy after, or at the same moment as, its original. Fully determined by the seed.
/// </summary>
public sealed class CopyBenchmark
{
    public static readonly string[] Kinds =
    [
        "reflowed", "paragraphs-deleted", "paragraphs-inserted", "paragraphs-reordered", "sentences-edited",
        "names-and-punctuation", "truncated-25", "truncated-50", "truncated-75", "mixed",
    ];

    /// <summary>Share of copies published at the same moment as their original: dates cannot tell them apart.</summary>
    public const double SameMomentShare = 0.1;

    /// <summary>Share of copies without a publication date, as many crawled pages are.</summary>
    public const double UndatedShare = 0.1;

    private static readonly DateTimeOffset FirstDay = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Regex Word = new(@"\p{L}[\p{L}\p{Nd}]*|\p{Nd}+", RegexOptions.Compiled);
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?][""')\]]?)\s+", RegexOptions.Compiled);

    public required IReadOnlyList<BenchDocument> Documents { get; init; }
    public required IReadOnlyList<PlantedCopy> Copies { get; init; }

    /// <summary>The id of the article stored for each document; documents with the same text share one.</summary>
    public IReadOnlyDictionary<string, string> ArticleIds =>
        _articleIds ??= Documents.ToDictionary(d => d.Name, d => Pipeline.ContentId(d.Text));

    private IReadOnlyDictionary<string, string>? _articleIds;

    /// <summary>
    /// One article per distinct text, named and dated as the first document listed with it (an original
    /// before its copies).
    /// </summary>
    public IEnumerable<Article> Articles() => Documents.DistinctBy(d => ArticleIds[d.Name]).Select(d => new Article
    {
        Id = ArticleIds[d.Name], Text = d.Text, Original = d.Text, Offsets = OffsetMap.Identity,
        Path = d.Name, Title = d.Name, Published = d.Published,
    });

    public static CopyBenchmark Build(IReadOnlyList<SourceDocument> sources, int seed)
    {
        var random = new Random(seed);
        // Dates come from a generator of their own, so a seed builds the same corruptions as before dates existed.
        var calendar = new Random(seed + 1);
        var ordered = sources.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var donors = new Queue<string>(ordered.Where((_, i) => i % 5 == 4)
            .SelectMany(d => Paragraphs(d.Text)).Where(p => p.Length > 80).OrderBy(_ => random.Next()));
        var originals = ordered.Where((_, i) => i % 5 != 4).Where(s => Paragraphs(s.Text).Count >= 3).ToList();

        // Originals appear in the daytime of a month, on the minute.
        var published = originals.ToDictionary(o => o.Name,
            _ => FirstDay.AddDays(calendar.Next(30)).AddMinutes(6 * 60 + calendar.Next(16 * 60)));
        var documents = originals.Select(o => new BenchDocument(o.Name, o.Name, o.Text, published[o.Name])).ToList();
        var copies = new List<PlantedCopy>();
        var copyDocuments = new List<BenchDocument>();
        foreach (var original in originals)
        {
            foreach (var kind in Kinds)
            {
                var builder = new CopyBuilder(original.Text, random, donors);
                builder.Apply(kind);
                string name = $"{original.Name}~{kind}";
                var dated = CopyDate(published[original.Name], calendar);
                copyDocuments.Add(new BenchDocument(name, original.Name, builder.Text, dated));
                copies.Add(new PlantedCopy(original.Name, name, kind, builder.OriginalSpans, builder.CopySpans));
            }
        }
        // Listed originals first; the copies eval ingests the documents in shuffled orders, so that the order
        // cannot tell an original from its copy (only the dates can).
        documents.AddRange(copyDocuments.OrderBy(_ => random.Next()));
        return new CopyBenchmark { Documents = documents, Copies = copies };
    }

    // Most copies follow their original by ten minutes to three days; some share its time stamp, some carry no date.
    // A copy's seconds are never zero, so it is never stamped midnight, which reads as a date without a time.
    private static DateTimeOffset? CopyDate(DateTimeOffset original, Random calendar)
    {
        double draw = calendar.NextDouble();
        if (draw < UndatedShare) return null;
        if (draw < UndatedShare + SameMomentShare) return original;
        return original.AddMinutes(10 + calendar.Next(3 * 24 * 60)).AddSeconds(1 + calendar.Next(59));
    }

    private static List<string> Paragraphs(string text) =>
        ParagraphSplitter.Split(text).Select(p => text[p.Start..p.End]).ToList();

    /// <summary>Builds one copy paragraph by paragraph, remembering which original range each piece came from.</summary>
    private sealed class CopyBuilder(string original, Random random, Queue<string> donors)
    {
        private readonly record struct Piece(TextSpan Source, string? Text); // Text null: unchanged source text

        private List<Piece> _pieces = ParagraphSplitter.Split(original).Select(p => new Piece(p, null)).ToList();
        private readonly List<TextSpan> _originalSpans = [];
        private readonly List<TextSpan> _copySpans = [];
        private readonly Dictionary<string, string> _respelled = [];
        private string _separator = "\n\n";

        public string Text { get; private set; } = "";
        public IReadOnlyList<TextSpan> OriginalSpans => _originalSpans;
        public IReadOnlyList<TextSpan> CopySpans => _copySpans;

        public void Apply(string kind)
        {
            switch (kind)
            {
                case "reflowed": _separator = "\n"; break;
                case "paragraphs-deleted": DeleteParagraphs(0.3); break;
                case "paragraphs-inserted": InsertParagraphs(0.3); break;
                case "paragraphs-reordered": _pieces = _pieces.OrderBy(_ => random.Next()).ToList(); break;
                case "sentences-edited": EditSentences(0.4); break;
                case "names-and-punctuation": Transform(RespellNamesAndPunctuation); break;
                case "truncated-25": Truncate(0.25); break;
                case "truncated-50": Truncate(0.5); break;
                case "truncated-75": Truncate(0.75); break;
                case "mixed":
                    DeleteParagraphs(0.2);
                    SwapTwoParagraphs();
                    EditSentences(0.2);
                    Transform(RespellNamesAndPunctuation);
                    InsertParagraphs(0.15);
                    Truncate(0.2);
                    break;
                default: throw new ArgumentException($"unknown corruption '{kind}'");
            }
            Render();
        }

        private string TextOf(Piece p) => p.Text ?? original[p.Source.Start..p.Source.End];

        private void DeleteParagraphs(double rate)
        {
            int remove = Math.Max(1, (int)Math.Round(_pieces.Count * rate));
            for (int n = 0; n < remove && _pieces.Count > 1; n++) _pieces.RemoveAt(random.Next(_pieces.Count));
        }

        private void InsertParagraphs(double rate)
        {
            int insert = Math.Max(1, (int)Math.Round(_pieces.Count * rate));
            for (int n = 0; n < insert; n++)
            {
                string donor = donors.Dequeue();
                donors.Enqueue(donor); // reused only after every other donor paragraph
                _pieces.Insert(random.Next(_pieces.Count + 1), new Piece(default, donor));
            }
        }

        private void SwapTwoParagraphs()
        {
            if (_pieces.Count < 2) return;
            int i = random.Next(_pieces.Count), j = random.Next(_pieces.Count);
            (_pieces[i], _pieces[j]) = (_pieces[j], _pieces[i]);
        }

        private void EditSentences(double rate) => Transform(text => string.Join(" ",
            SentenceEnd.Split(text).Select(s => random.NextDouble() < rate ? EditOneWord(s) : s)));

        private void Transform(Func<string, string> edit)
        {
            for (int i = 0; i < _pieces.Count; i++)
                if (IsCopied(_pieces[i])) _pieces[i] = _pieces[i] with { Text = edit(TextOf(_pieces[i])) };
        }

        private static bool IsCopied(Piece p) => p.Source.Length > 0;

        // One word replaced, dropped, inserted, or swapped with its neighbour: a sub-editor's touch.
        private string EditOneWord(string sentence)
        {
            var words = Word.Matches(sentence);
            if (words.Count < 3) return sentence;
            var w = words[random.Next(words.Count - 1)];
            var other = words[random.Next(words.Count)].Value;
            return random.Next(4) switch
            {
                0 => Splice(sentence, w.Index, w.Length, ReplacementWords[random.Next(ReplacementWords.Length)]),
                1 => Splice(sentence, w.Index, w.Length + 1, ""),
                2 => Splice(sentence, w.Index, 0, other + " "),
                _ => Splice(sentence, w.Index, w.Length, other),
            };
        }

        private static readonly string[] ReplacementWords = ["reportedly", "also", "officials", "said", "new", "several", "major", "recently", "however", "local"];

        private static string Splice(string s, int at, int length, string insert) =>
            s[..at] + insert + s[Math.Min(s.Length, at + length)..];

        // Names respelled consistently (transliteration variants), typographic quotes and dashes, some commas dropped.
        private string RespellNamesAndPunctuation(string text)
        {
            string respelled = Word.Replace(text, m => m.Length >= 4 && char.IsUpper(m.Value[0]) ? Respell(m.Value) : m.Value);
            var sb = new StringBuilder(respelled.Length);
            bool open = true;
            foreach (char c in respelled)
            {
                if (c == '"') { sb.Append(open ? '\u201C' : '\u201D'); open = !open; }
                else if (c == '\'') sb.Append('\u2019');
                else if (c == ',' && random.Next(3) == 0) continue;
                else if (c == '-') sb.Append('\u2014');
                else sb.Append(c);
            }
            return sb.ToString();
        }

        private string Respell(string name)
        {
            if (_respelled.TryGetValue(name, out var known)) return known;
            string variant = name;
            if (random.Next(2) == 0)
            {
                int i = 1 + random.Next(name.Length - 1);
                char c = name[i];
                variant = random.Next(4) switch
                {
                    0 when "aeiou".Contains(c) => Splice(name, i, 1, c switch { 'a' => "á", 'e' => "é", 'i' => "y", 'o' => "ou", _ => "oo" }),
                    1 when !"aeiou".Contains(c) && char.IsLower(c) => Splice(name, i, 0, c.ToString()),
                    2 => name.Replace("k", "c").Replace("v", "w").Replace("j", "zh"),
                    _ => name.Length > 5 ? Splice(name, i, 1, "") : name,
                };
            }
            return _respelled[name] = variant;
        }

        // Keeps the first (1 - rate) of the text, cut at a sentence end.
        private void Truncate(double rate)
        {
            int total = _pieces.Sum(p => TextOf(p).Length + 2);
            int budget = (int)(total * (1 - rate));
            var kept = new List<Piece>();
            foreach (var piece in _pieces)
            {
                string text = TextOf(piece);
                if (text.Length + 2 <= budget) { kept.Add(piece); budget -= text.Length + 2; continue; }
                int cut = LastSentenceEnd(text, budget);
                // An edited paragraph keeps the same share of its source as of its text.
                int sourceCut = piece.Text is null ? cut : (int)((long)cut * piece.Source.Length / text.Length);
                if (cut > 0) kept.Add(new Piece(piece.Source with { End = piece.Source.Start + sourceCut }, piece.Text?[..cut]));
                break;
            }
            _pieces = kept;
        }

        private static int LastSentenceEnd(string text, int limit)
        {
            int best = 0;
            foreach (Match m in SentenceEnd.Matches(text))
                if (m.Index <= limit) best = m.Index;
            return best;
        }

        private void Render()
        {
            var sb = new StringBuilder();
            foreach (var piece in _pieces)
            {
                if (sb.Length > 0) sb.Append(_separator);
                string text = TextOf(piece);
                if (IsCopied(piece))
                {
                    _originalSpans.Add(piece.Source);
                    _copySpans.Add(new TextSpan(sb.Length, sb.Length + text.Length));
                }
                sb.Append(text);
            }
            Text = sb.ToString();
        }
    }
}
