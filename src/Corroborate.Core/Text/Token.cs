namespace Corroborate.Core.Text;

/// <summary>A token: a half-open character range [Start, End) in <see cref="Article.Text"/>.</summary>
public readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;
    public TextSpan Span => new(Start, End);
}
