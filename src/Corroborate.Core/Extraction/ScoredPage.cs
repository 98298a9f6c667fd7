namespace Corroborate.Core.Extraction;

/// <summary>One feature of a block: an index into the scorer's weights and its value.</summary>
internal readonly record struct Feature(int Index, float Value);

/// <summary>
/// Every block of a page with what the learned scorer reads about it: the heuristic's verdict; the block's
/// shape (length, links, punctuation, capitals); its place (position, distance to the text the heuristic
/// kept, its neighbours); and its words, hashed: class and id words of its element and three ancestors,
/// its tag and kind, its opening words and, for a short line, the whole line. Nothing here names a site
/// or a phrase: what those words mean is learned. All features are repeated in a second half that is
/// active only for blocks the heuristic kept, so the scorer can weigh a cue differently on either side.
/// </summary>
internal sealed class ScoredPage
{
    private const int ClassBuckets = 1024;
    private const int WordBuckets = 1024;
    private const int ClassAncestors = 3;
    /// <summary>Lines up to this long are also described by their whole wording ("share this", "advert").</summary>
    private const int WholeLineChars = 40;

    private enum Dense
    {
        Bias, Kept, InRegion, InFurniture, HintDiscount, Length, ShortLine, VeryShortLine, LinkDensity, LinkList,
        SentenceMarks, Commas, Digits, Capitals, EndsSentence, Position, BeforeRegion, AfterRegion, GapToKept,
        NextToKept, FurnitureLine, TrailingNotice, RepeatsTitle, Prose, PreviousKept, NextKept, PreviousProse,
        NextProse, OwnerProseShare, ParentProseShare, Count,
    }

    private const int ClassOffset = (int)Dense.Count;
    private const int WordOffset = ClassOffset + ClassBuckets;
    /// <summary>Size of one half of the feature space; the second half repeats it for kept blocks.</summary>
    private const int Half = WordOffset + WordBuckets;
    public const int Dimensions = 2 * Half;

    public HeuristicChoice Choice { get; }
    public IReadOnlyList<Feature[]> Features { get; }
    public IReadOnlyList<TextBlock> Blocks => Choice.Page.Blocks;

    private ScoredPage(HeuristicChoice choice, Feature[][] features)
    {
        Choice = choice;
        Features = features;
    }

    /// <summary>Every block's features, kept for training (extraction scores each block as it is described).</summary>
    public static ScoredPage Of(HeuristicChoice choice, string? title)
    {
        var describer = new Describer(choice, title);
        var all = new Feature[choice.Page.Blocks.Count][];
        for (int i = 0; i < all.Length; i++) all[i] = describer.Describe(i).ToArray();
        return new ScoredPage(choice, all);
    }

    /// <summary>
    /// Computes the features of one page's blocks into one reused buffer, so that scoring a page allocates
    /// next to nothing; the hashes of each element's class words are kept on the element.
    /// </summary>
    internal sealed class Describer
    {
        private readonly HeuristicChoice _choice;
        private readonly string? _title;
        private readonly List<TextBlock> _blocks;
        private readonly bool[] _kept, _inRegion;
        private readonly int[] _gap;
        private readonly int _firstRegion, _lastRegion, _rootProse;
        private readonly List<uint> _wordHashes = [];
        private readonly List<Feature> _features = new(64);

        public Describer(HeuristicChoice choice, string? title)
        {
            _choice = choice;
            _title = title;
            _blocks = choice.Page.Blocks;
            _kept = Flags(choice.Kept);
            _inRegion = Flags(choice.Region);
            _gap = GapsTo(_kept);
            _firstRegion = choice.Region.Count > 0 ? choice.Region[0].Order : -1;
            _lastRegion = choice.Region.Count > 0 ? choice.Region[^1].Order : -1;
            _rootProse = Math.Max(1, choice.Page.Root.ProseChars);
        }

        private bool[] Flags(IReadOnlyList<TextBlock> subset)
        {
            var flags = new bool[_blocks.Count];
            foreach (var block in subset) flags[block.Order] = true;
            return flags;
        }

        /// <summary>How many blocks away the nearest kept block is (0 for a kept block).</summary>
        private static int[] GapsTo(bool[] kept)
        {
            var gap = new int[kept.Length];
            int last = -1;
            for (int i = 0; i < kept.Length; i++)
            {
                if (kept[i]) last = i;
                gap[i] = last < 0 ? int.MaxValue : i - last;
            }
            last = -1;
            for (int i = kept.Length - 1; i >= 0; i--)
            {
                if (kept[i]) last = i;
                if (last >= 0) gap[i] = Math.Min(gap[i], last - i);
            }
            return gap;
        }

        /// <summary>The features of block i; the list is reused by the next call.</summary>
        public List<Feature> Describe(int i)
        {
            var block = _blocks[i];
            string text = block.Text;
            _features.Clear();
            Shape(block, text);
            Place(i, block);
            Words(block, text);
            if (_kept[i])
                for (int k = 0, n = _features.Count; k < n; k++)
                    _features.Add(_features[k] with { Index = _features[k].Index + Half });
            return _features;
        }

        private void Shape(TextBlock block, string text)
        {
            int letters = 0, capitals = 0, digits = 0, marks = 0, commas = 0;
            foreach (char c in text)
            {
                if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) capitals++; }
                else if (char.IsDigit(c)) digits++;
                else if (c is '.' or '!' or '?' or '。') marks++;
                else if (c is ',' or '，' or '、' or ';') commas++;
            }
            double chars = Math.Max(1, text.Length);
            Add(Dense.Bias, 1);
            Add(Dense.Length, Math.Log(1 + text.Length) / 8);
            Add(Dense.ShortLine, text.Length <= 80 ? 1 : 0);
            Add(Dense.VeryShortLine, text.Length <= 25 ? 1 : 0);
            Add(Dense.LinkDensity, block.LinkDensity);
            Add(Dense.LinkList, BlockFilter.IsLinkList(block) ? 1 : 0);
            Add(Dense.SentenceMarks, Math.Min(1, marks * 40 / chars));
            Add(Dense.Commas, Math.Min(1, commas * 40 / chars));
            Add(Dense.Digits, digits / chars);
            Add(Dense.Capitals, letters == 0 ? 0 : capitals / (double)letters);
            bool endsSentence = text.AsSpan().TrimEnd() is [.., '.' or '!' or '?' or '"' or '”' or '。'];
            Add(Dense.EndsSentence, endsSentence ? 1 : 0);
            Add(Dense.FurnitureLine, block.IsFurnitureLine ? 1 : 0);
            Add(Dense.TrailingNotice, BlockFilter.IsTrailingNotice(text) ? 1 : 0);
            Add(Dense.RepeatsTitle, BlockFilter.RepeatsTitle(block, _title) ? 1 : 0);
            Add(Dense.Prose, block.IsProse ? 1 : 0);
        }

        private void Place(int i, TextBlock block)
        {
            int count = _blocks.Count;
            Add(Dense.Kept, _kept[i] ? 1 : 0);
            Add(Dense.InRegion, _inRegion[i] ? 1 : 0);
            Add(Dense.InFurniture, block.Owner.InFurniture ? 1 : 0);
            Add(Dense.HintDiscount, 1 - block.Owner.HintWeight);
            Add(Dense.Position, i / (double)count);
            if (_firstRegion >= 0 && i < _firstRegion) Add(Dense.BeforeRegion, Math.Min(1, (_firstRegion - i) / 20.0));
            if (_lastRegion >= 0 && i > _lastRegion) Add(Dense.AfterRegion, Math.Min(1, (i - _lastRegion) / 20.0));
            Add(Dense.GapToKept, _gap[i] == int.MaxValue ? 1 : Math.Min(1, _gap[i] / 10.0));
            Add(Dense.NextToKept, _gap[i] == 1 ? 1 : 0);
            Add(Dense.PreviousKept, i > 0 && _kept[i - 1] ? 1 : 0);
            Add(Dense.NextKept, i + 1 < count && _kept[i + 1] ? 1 : 0);
            Add(Dense.PreviousProse, i > 0 && _blocks[i - 1].IsProse ? 1 : 0);
            Add(Dense.NextProse, i + 1 < count && _blocks[i + 1].IsProse ? 1 : 0);
            Add(Dense.OwnerProseShare, block.Owner.ProseChars / (double)_rootProse);
            Add(Dense.ParentProseShare, (block.Owner.Parent?.ProseChars ?? 0) / (double)_rootProse);
        }

        private void Words(TextBlock block, string text)
        {
            AddHashed(ClassOffset, ClassBuckets, Fnv(1, KindNames[(int)block.Kind]));
            AddHashed(ClassOffset, ClassBuckets, Fnv(2, block.Owner.Tag));
            int level = 0;
            for (var node = block.Owner; node is not null && level <= ClassAncestors; node = node.Parent, level++)
                foreach (uint word in ClassWords(node))
                    AddHashed(ClassOffset, ClassBuckets, Mix(word, level == 0 ? 3u : 4u));
            var (first, pair) = OpeningWords(text);
            if (first != 0) AddHashed(WordOffset, WordBuckets, first);
            if (pair != 0) AddHashed(WordOffset, WordBuckets, pair);
            if (text.Length <= WholeLineChars) AddHashed(WordOffset, WordBuckets, LettersHash(text));
        }

        private void Add(Dense feature, double value)
        {
            if (value != 0) _features.Add(new Feature((int)feature, (float)value));
        }

        private void AddHashed(int offset, int buckets, uint hash) =>
            _features.Add(new Feature(offset + (int)(hash % (uint)buckets), 1));

        /// <summary>Hashes of the parts of an element's class and id words ("article-body": article, body).</summary>
        private uint[] ClassWords(ElementNode node)
        {
            if (node.ClassWordHashes is { } cached) return cached;
            _wordHashes.Clear();
            AddWordHashes(node.Element.GetAttribute("class"));
            AddWordHashes(node.Element.GetAttribute("id"));
            var words = _wordHashes.ToArray();
            node.ClassWordHashes = words;
            return words;
        }

        /// <summary>
        /// Splits like <see cref="ClassHints"/> (at white space, '-', '_', ':' and lower-to-upper case changes) and
        /// hashes each lower-cased part of two or more characters with a letter, without allocating the parts.
        /// </summary>
        private void AddWordHashes(string? attribute)
        {
            if (string.IsNullOrEmpty(attribute)) return;
            uint hash = FnvStart(0);
            int length = 0;
            bool letter = false;
            for (int i = 0; i <= attribute.Length; i++)
            {
                char c = i < attribute.Length ? attribute[i] : ' ';
                bool boundary = char.IsWhiteSpace(c) || c is '-' or '_' or ':';
                bool camel = !boundary && length > 0 && char.IsUpper(c) && char.IsLower(attribute[i - 1]);
                if (boundary || camel)
                {
                    if (length > 1 && letter && !_wordHashes.Contains(hash)) _wordHashes.Add(hash);
                    hash = FnvStart(0);
                    length = 0;
                    letter = false;
                    if (boundary) continue;
                }
                hash = FnvAdd(hash, char.ToLowerInvariant(c));
                length++;
                letter |= char.IsLetter(c);
            }
        }
    }

    private static readonly string[] KindNames = Enum.GetNames<ParagraphKind>();

    /// <summary>Hashes of the first word and of the first two words, lower-cased; 0 when absent.</summary>
    private static (uint First, uint Pair) OpeningWords(string text)
    {
        uint hash = FnvStart(5), first = 0;
        bool inWord = false;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (word) { hash = FnvAdd(hash, char.ToLowerInvariant(text[i])); inWord = true; continue; }
            if (!inWord) continue;
            if (first != 0) return (first, hash);
            first = hash;
            hash = FnvAdd(hash, ' ');
            inWord = false;
        }
        return (first, 0);
    }

    private static uint LettersHash(string text)
    {
        uint hash = FnvStart(6);
        foreach (char c in text) if (char.IsLetter(c)) hash = FnvAdd(hash, char.ToLowerInvariant(c));
        return hash;
    }

    /// <summary>FNV-1a, seeded by feature space: stable across processes, unlike string.GetHashCode.</summary>
    private static uint Fnv(uint space, string key)
    {
        uint hash = FnvStart(space);
        foreach (char c in key) hash = FnvAdd(hash, c);
        return hash;
    }

    private static uint FnvStart(uint space) => 2166136261u ^ (space * 16777619u);

    private static uint FnvAdd(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>Moves a cached word hash into another feature space (an element's own words, an ancestor's).</summary>
    private static uint Mix(uint hash, uint space) => FnvAdd(FnvAdd(hash, (char)space), '|');
}
