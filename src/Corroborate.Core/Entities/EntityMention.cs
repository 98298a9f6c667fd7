namespace Corroborate.Core.Entities;

/// <summary>A named-entity mention found by the tagger: [Start, End) in <see cref="Article.Text"/>, type PER, ORG, LOC or MISC.</summary>
public sealed record EntityMention(int Start, int End, string Type, string Text);
