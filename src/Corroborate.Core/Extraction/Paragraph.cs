namespace Corroborate.Core.Extraction;

/// <summary>One paragraph of extracted main text.</summary>
public sealed record Paragraph(string Text, ParagraphKind Kind);

public enum ParagraphKind { Paragraph, Heading, ListItem, Quote, Preformatted, TableCell, Caption }
