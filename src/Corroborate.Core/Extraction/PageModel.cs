using System.Text;
using AngleSharp.Dom;

namespace Corroborate.Core.Extraction;

/// <summary>An element of the page with the statistics the extractor scores it by.</summary>
internal sealed class ElementNode(IElement element, ElementNode? parent)
{
    public IElement Element { get; } = element;
    public ElementNode? Parent { get; } = parent;
    public string Tag { get; } = element.LocalName;
    public Hint Hint { get; set; }
    /// <summary>The block scorer's hashes of this element's class and id words, once computed (a page's blocks share elements).</summary>
    public uint[]? ClassWordHashes { get; set; }
    /// <summary>This element is furniture by its tag, role or visibility (navigation, footer, hidden).</summary>
    public bool Furniture { get; set; }
    /// <summary>This element or an ancestor is furniture (after the content guard).</summary>
    public bool InFurniture { get; set; }
    /// <summary>Its class or id words say furniture; only decisive below the chosen article container.</summary>
    public bool Suspect => Hint is Hint.Negative or Hint.Mixed;
    /// <summary>How much the class words of this element and its ancestors discount its text's votes.</summary>
    public double HintWeight { get; set; } = 1;
    public int TextChars { get; set; }
    public int LinkChars { get; set; }
    /// <summary>Characters of prose-like blocks inside: long, punctuated, few links.</summary>
    public int ProseChars { get; set; }
    public double Score { get; set; }
    public bool IsCandidate { get; set; }
    public double LinkDensity => TextChars == 0 ? 0 : LinkChars / (double)TextChars;

    public bool IsInside(ElementNode ancestor)
    {
        for (var n = this; n is not null; n = n.Parent) if (n == ancestor) return true;
        return false;
    }
}


/// <summary>A run of text between two block boundaries, owned by its innermost block-level element.</summary>
internal sealed class TextBlock(string text, int linkChars, ElementNode owner, ParagraphKind kind, int order)
{
    public string Text { get; } = text;
    public int LinkChars { get; } = linkChars;
    public ElementNode Owner { get; } = owner;
    public ParagraphKind Kind { get; } = kind;
    public int Order { get; } = order;
    public double LinkDensity => Text.Length == 0 ? 0 : LinkChars / (double)Text.Length;

    /// <summary>Looks like a sentence or more of article prose.</summary>
    public bool IsProse => Text.Length >= 80 && LinkDensity < 0.3 && Text.AsSpan().IndexOfAny(".,!?;。") >= 0;

    private bool? _isFurnitureLine;

    /// <summary>
    /// <see cref="BlockFilter.IsFurnitureLine"/> of the text, kept: the filter and the block scorer both ask,
    /// and its patterns are the dearest part of describing a block.
    /// </summary>
    public bool IsFurnitureLine => _isFurnitureLine ??= BlockFilter.IsFurnitureLine(Text);
}

/// <summary>
/// Walks the parsed page once (iteratively, so deep pages cannot overflow the stack) and cuts its visible
/// text into blocks, recording for every element whether it looks like furniture.
/// </summary>
internal sealed class PageModel
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "button", "select", "input", "textarea", "iframe", "object", "embed",
        "canvas", "video", "audio", "map", "head", "label", "option", "math", "dialog",
    };

    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
        "ul", "br", "legend", "html",
    };

    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal) { "nav", "aside", "footer", "header", "menu", "form" };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar",
    };

    public List<ElementNode> Elements { get; } = [];
    private readonly Dictionary<IElement, ElementNode> _byElement = [];
    public List<TextBlock> Blocks { get; } = [];
    public ElementNode Root { get; }

    private readonly StringBuilder _text = new();
    private int _linkChars;
    private bool _pendingSpace;

    public PageModel(IElement root)
    {
        Root = new ElementNode(root, null);
        Walk(root);
        Aggregate();
        ApplyContentGuard();
    }

    private void Walk(IElement root)
    {
        Add(Root);
        var stack = new Stack<(INode Node, ElementNode Parent, ElementNode Owner, int LinkDepth, bool Exit)>();
        PushChildren(stack, root, Root, Root, 0);
        while (stack.Count > 0)
        {
            var (node, parent, owner, linkDepth, exit) = stack.Pop();
            if (exit)
            {
                Flush(owner);
                continue;
            }
            if (node is IText text) { AppendText(text.Data, linkDepth > 0); continue; }
            if (node is not IElement element) continue;
            string tag = element.LocalName;
            if (Skipped.Contains(tag) || tag == "img") continue;
            if (tag is "br" or "hr") { Flush(owner); continue; }
            var self = new ElementNode(element, parent);
            Add(self);
            int depth = tag == "a" ? linkDepth + 1 : linkDepth;
            // Furniture inside a paragraph stays part of it (a linked name); elsewhere it becomes its own block.
            if (BlockLevel.Contains(tag) || (self.Furniture || self.Suspect) && owner.Tag != "p")
            {
                Flush(owner);
                stack.Push((element, self, self, depth, true));
                PushChildren(stack, element, self, self, depth);
            }
            else PushChildren(stack, element, self, owner, depth);
        }
        Flush(Root);
    }

    private void Add(ElementNode node)
    {
        Elements.Add(node);
        _byElement[node.Element] = node;
        Judge(node);
    }

    public ElementNode? NodeOf(IElement element) => _byElement.GetValueOrDefault(element);

    private static void PushChildren(Stack<(INode, ElementNode, ElementNode, int, bool)> stack, INode parent, ElementNode parentNode, ElementNode owner, int linkDepth)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling)
            stack.Push((child, parentNode, owner, linkDepth, false));
    }

    private void AppendText(string data, bool inLink)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0') { _pendingSpace = _text.Length > 0; continue; }
            if (_pendingSpace) { _text.Append(' '); _pendingSpace = false; if (inLink) _linkChars++; }
            _text.Append(c);
            if (inLink) _linkChars++;
        }
    }

    private void Flush(ElementNode owner)
    {
        _pendingSpace = false;
        if (_text.Length == 0) return;
        Blocks.Add(new TextBlock(_text.ToString(), Math.Min(_linkChars, _text.Length), owner, KindOf(owner), Blocks.Count));
        _text.Clear();
        _linkChars = 0;
    }

    private static ParagraphKind KindOf(ElementNode owner)
    {
        for (var n = owner; n is not null; n = n.Parent)
        {
            switch (n.Tag)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": return ParagraphKind.Heading;
                case "li" or "dd" or "dt": return ParagraphKind.ListItem;
                case "blockquote": return ParagraphKind.Quote;
                case "pre": return ParagraphKind.Preformatted;
                case "figcaption" or "caption": return ParagraphKind.Caption;
                case "td" or "th": return ParagraphKind.TableCell;
                case "p": return ParagraphKind.Paragraph;
            }
            if (n != owner && n.Tag is "div" or "section" or "article") break;
        }
        return ParagraphKind.Paragraph;
    }

    private static void Judge(ElementNode node)
    {
        var e = node.Element;
        node.Hint = ClassHints.Of($"{e.GetAttribute("class")} {e.GetAttribute("id")}");
        string? style = e.GetAttribute("style");
        bool hidden = e.HasAttribute("hidden")
            || style is not null && (ContainsCompact(style, "display:none") || ContainsCompact(style, "visibility:hidden"));
        bool furnitureRole = e.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim());
        node.Furniture = hidden || furnitureRole || FurnitureTags.Contains(node.Tag);
    }

    private static bool ContainsCompact(string style, string needle) =>
        style.Replace(" ", "", StringComparison.Ordinal).Contains(needle, StringComparison.OrdinalIgnoreCase);

    private void Aggregate()
    {
        foreach (var block in Blocks)
        {
            bool prose = block.IsProse;
            for (var n = block.Owner; n is not null; n = n.Parent)
            {
                n.TextChars += block.Text.Length;
                n.LinkChars += block.LinkChars;
                if (prose) n.ProseChars += block.Text.Length;
            }
        }
    }

    /// <summary>
    /// Some pages wrap the whole article in a header or a form. An element that holds nearly all the prose
    /// of the page is kept whatever its tag. Elements are listed parents first, so inheritance is one pass.
    /// Class words are weaker evidence ("has-sidebar" on a wrapper): they only discount votes here.
    /// </summary>
    private void ApplyContentGuard()
    {
        int totalProse = Root.ProseChars;
        Root.Furniture = false; // the body's classes describe the page, not a part of it
        foreach (var node in Elements)
        {
            if (node.Furniture && node != Root)
            {
                int outside = totalProse - node.ProseChars;
                if (node.ProseChars > 0 && node.ProseChars >= 3 * outside) node.Furniture = false;
            }
            node.InFurniture = node.Furniture || (node.Parent?.InFurniture ?? false);
            double own = node == Root ? 1 : node.Hint switch { Hint.Negative => 0.2, Hint.Mixed => 0.5, _ => 1 };
            node.HintWeight = Math.Min(own, node.Parent?.HintWeight ?? 1);
        }
    }
}
