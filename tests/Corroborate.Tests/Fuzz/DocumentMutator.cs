using System.Text;

namespace Corroborate.Tests.Fuzz;

/// <summary>
/// Makes hostile documents from real ones: flipped and invalid bytes, cuts, spliced seeds, markup and JSON
/// delimiters in odd places, and runs of text repeated until near the size limit (the shapes that once made stages
/// superlinear). Seeded, so a case can be made again from its number.
/// </summary>
public sealed class DocumentMutator(IReadOnlyList<(string Name, byte[] Bytes)> seeds)
{
    private static readonly string[] Snippets =
    [
        "<", "</p>", "<!--", "<script>", "<![CDATA[", "&#0;", "&amp;&amp;", "\0", "\uFFFF", "\uD800", "{\"", "\"}", "\\u0000", "[[[[",
        "\r\n", "WARC/1.0\r\n", "<?xml ", "<rss><channel><item>", "Mr. ", "1,234,567.89 ", "–", "“", "http://", "@@@", "\t\t\t",
    ];

    public (string Name, byte[] Bytes) Make(int caseNumber)
    {
        var random = new Random(caseNumber);
        var (name, bytes) = seeds[random.Next(seeds.Count)];
        var data = new List<byte>(bytes);
        int mutations = 1 + random.Next(3);
        for (int i = 0; i < mutations; i++) Mutate(data, random);
        return ($"case{caseNumber}{Path.GetExtension(name)}", data.ToArray());
    }

    private void Mutate(List<byte> data, Random random)
    {
        int at = data.Count == 0 ? 0 : random.Next(data.Count);
        switch (random.Next(6))
        {
            case 0:   // flipped bytes, some of them invalid UTF-8
                for (int k = 0; k < 1 + random.Next(20) && data.Count > 0; k++) data[random.Next(data.Count)] = (byte)random.Next(256);
                break;
            case 1:   // cut short
                data.RemoveRange(at, data.Count - at);
                break;
            case 2:   // markup, delimiters and odd characters
                data.InsertRange(at, Encoding.UTF8.GetBytes(Snippets[random.Next(Snippets.Length)]));
                break;
            case 3:   // a span repeated until the document is large
                int length = Math.Min(1 + random.Next(200), data.Count - at);
                var span = data.GetRange(at, Math.Max(length, 0));
                if (span.Count == 0) span = [.. Encoding.UTF8.GetBytes(Snippets[random.Next(Snippets.Length)])];
                int copies = Math.Min(200_000 / span.Count, 1 + random.Next(5_000));
                for (int k = 0; k < copies; k++) data.InsertRange(at, span);
                break;
            case 4:   // another seed spliced in
                var other = seeds[random.Next(seeds.Count)].Bytes;
                int from = other.Length == 0 ? 0 : random.Next(other.Length);
                data.InsertRange(at, other.Skip(from).Take(1 + random.Next(4_000)));
                break;
            default:  // lines shuffled into many short ones
                for (int k = 0; k < 1 + random.Next(2_000) && data.Count > 0; k++) data.Insert(random.Next(data.Count), (byte)'\n');
                break;
        }
    }
}
