using AngleSharp.Dom;

namespace Corroborate.Core.Extraction;

/// <summary>
/// Finds the article body of a parsed page. Prose blocks vote for the elements around them (the nearer,
/// the more); the best-scoring element, widened to its parent when the votes are spread over several
/// children, is the article container. Related siblings join it, and the blocks inside are filtered for
/// furniture: link lists, share and subscribe lines, the repeated headline, bylines.
/// </summary>
internal static class ContentExtractor
{
    private const int MinScoredChars = 25;
    private const int AncestorLevels = 5;

    /// <param name="scorer">A learned block scorer that has the last word over the heuristic's choice; null for the heuristic alone.</param>
    public static IReadOnlyList<Paragraph> Extract(IElement body, string? title, BlockScorer? scorer)
    {
        var choice = Choose(new PageModel(body), title);
        var blocks = scorer is null ? choice.Kept : scorer.Select(choice, title);
        return blocks.Select(b => new Paragraph(b.Text, b.Kind)).ToList();
    }

    /// <summary>All non-furniture blocks, for fragments known to be article text.</summary>
    public static IReadOnlyList<Paragraph> ExtractAll(IElement body) =>
        BlockFilter.Keep(Unfurnished(new PageModel(body)), null).Select(b => new Paragraph(b.Text, b.Kind)).ToList();

    private static List<TextBlock> Unfurnished(PageModel page) =>
        page.Blocks.Where(b => !b.Owner.InFurniture && !UnderSuspect(b.Owner, page.Root)).ToList();

    /// <summary>The heuristic's reading of a page: the blocks of the chosen region, and those its filter keeps.</summary>
    internal static HeuristicChoice Choose(PageModel page, string? title)
    {
        // Too little text to vote: a short page is all article.
        if (ChooseContainer(page) is not var (top, container))
        {
            var all = Unfurnished(page);
            return new HeuristicChoice(page, all, BlockFilter.Keep(all, null).ToList());
        }
        var region = WithSiblings(page, container);
        AddSameClassSections(page, top, region);
        var chosen = page.Blocks.Where(b => !b.Owner.InFurniture && region.Any(r => b.Owner.IsInside(r) && !UnderSuspect(b.Owner, r))).ToList();
        return new HeuristicChoice(page, chosen, BlockFilter.Keep(chosen, title).ToList());
    }

    internal static (ElementNode Top, ElementNode Container)? ChooseContainer(PageModel page)
    {
        var candidates = new List<ElementNode>();
        foreach (var block in page.Blocks)
        {
            if (block.Owner.InFurniture || block.Text.Length < MinScoredChars || block.Kind == ParagraphKind.Heading) continue;
            double vote = (1 + Commas(block.Text) + Math.Min(block.Text.Length / 100.0, 3)) * (1 - block.LinkDensity) * block.Owner.HintWeight;
            var node = block.Owner.Tag is "p" or "pre" or "li" or "td" or "blockquote" or "dd" ? block.Owner.Parent : block.Owner;
            for (int level = 0; node is not null && level < AncestorLevels; level++, node = node.Parent)
            {
                if (!node.IsCandidate) { node.IsCandidate = true; candidates.Add(node); }
                node.Score += vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        if (candidates.Count == 0) return null;
        foreach (var c in candidates) c.Score *= (1 - c.LinkDensity) * TagFactor(c) * (c.Hint == Hint.Positive ? 1.25 : 1);
        var ranked = candidates.OrderByDescending(c => c.Score).ToList();
        var top = ranked[0];
        return (top, Widen(top, ranked));
    }

    /// <summary>
    /// When several strong candidates sit side by side (an article split by ads or images into parallel
    /// divs), their common ancestor is the real container.
    /// </summary>
    private static ElementNode Widen(ElementNode top, List<ElementNode> ranked)
    {
        var strong = ranked.Skip(1).Take(4).Where(c => c.Score >= top.Score * 0.75).ToList();
        if (strong.Count >= 2)
        {
            for (var ancestor = top.Parent; ancestor is not null && ancestor.Tag != "body"; ancestor = ancestor.Parent)
            {
                if (strong.Count(s => s.IsInside(ancestor)) >= 2) return ancestor;
            }
        }
        // An only child carries no more information than its parent.
        var node = top;
        while (node.Parent is { } parent && parent.Tag is not ("body" or "html") && parent.TextChars == node.TextChars && !parent.InFurniture)
            node = parent;
        return node;
    }

    /// <summary>
    /// Articles cut into sections by full-width images or ads often repeat the body's class on every section,
    /// far from each other in the tree. Scored elements with exactly the top candidate's class join the region.
    /// </summary>
    private static void AddSameClassSections(PageModel page, ElementNode top, List<ElementNode> region)
    {
        string? cls = top.Element.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(cls)) return;
        foreach (var node in page.Elements)
        {
            if (!node.IsCandidate || node.InFurniture || node.HintWeight < 1 || node.Score < 0.1 * top.Score) continue;
            if (node.Element.GetAttribute("class") != cls || region.Any(r => node.IsInside(r) || r.IsInside(node))) continue;
            region.Add(node);
        }
    }

    /// <summary>Siblings of the container that continue the article: well-scored ones, or plain prose paragraphs.</summary>
    private static List<ElementNode> WithSiblings(PageModel page, ElementNode container)
    {
        if (container.Parent is null) return [container];
        double threshold = Math.Max(10, container.Score * 0.2);
        string? containerClass = container.Element.GetAttribute("class");
        var region = new List<ElementNode>();
        foreach (var child in container.Parent.Element.Children)
        {
            if (child == container.Element) { region.Add(container); continue; }
            var node = page.NodeOf(child);
            if (node is null || node.InFurniture || node.Suspect || node.TextChars == 0) continue;
            double bonus = containerClass is { Length: > 0 } && child.GetAttribute("class") == containerClass ? container.Score * 0.2 : 0;
            bool wellScored = node.IsCandidate && node.Score + bonus >= threshold;
            bool prose = node.Tag == "p" && node.LinkDensity < 0.25 && (node.TextChars > 80 || node.LinkChars == 0 && child.TextContent.TrimEnd().EndsWith('.'));
            if (wellScored || prose) region.Add(node);
        }
        return region;
    }

    /// <summary>
    /// True when an element with furniture class words lies between the block and the container. One that
    /// holds most of the container's prose is a wrapper of the article, not furniture.
    /// </summary>
    private static bool UnderSuspect(ElementNode owner, ElementNode container)
    {
        for (var n = owner; n is not null && n != container; n = n.Parent)
            if (n.Suspect && n.ProseChars * 2 < container.ProseChars) return true;
        return false;
    }

    /// <summary>Lists, forms and headings rarely hold a whole article.</summary>
    private static double TagFactor(ElementNode node) => node.Tag switch
    {
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => 0.7,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => 0.5,
        _ => 1,
    };

    private static int Commas(string text)
    {
        int commas = 0;
        foreach (char c in text.AsSpan()) if (c is ',' or '，' or '、') commas++;
        return commas;
    }
}

/// <summary>A page as the heuristic sees it: its blocks, those in the chosen region, and those it keeps.</summary>
internal sealed record HeuristicChoice(PageModel Page, IReadOnlyList<TextBlock> Region, IReadOnlyList<TextBlock> Kept);
