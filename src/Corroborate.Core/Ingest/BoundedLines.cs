using System.Text;

namespace Corroborate.Core.Ingest;

/// <summary>
/// The lines of a text stream with a length limit: a line longer than the limit comes back as null (and is read
/// past, never held), so one bad record cannot take the memory that a whole file of good ones would.
/// </summary>
public static class BoundedLines
{
    public readonly record struct Line(int Number, string? Text);

    public static IEnumerable<Line> Read(TextReader reader, long maxChars)
    {
        var line = new StringBuilder();
        var buffer = new char[1 << 16];
        bool tooLong = false;
        int number = 1, read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            while (start <= read)
            {
                int end = Array.IndexOf(buffer, '\n', start, read - start);
                tooLong = Append(line, buffer.AsSpan(start, (end < 0 ? read : end) - start), tooLong, maxChars);
                if (end < 0) break;
                yield return Finish(line, number++, ref tooLong);
                start = end + 1;
            }
        }
        if (line.Length > 0 || tooLong) yield return Finish(line, number, ref tooLong);
    }

    private static bool Append(StringBuilder line, ReadOnlySpan<char> part, bool tooLong, long maxChars)
    {
        if (tooLong) return true;
        if (line.Length + part.Length <= maxChars)
        {
            line.Append(part);
            return false;
        }
        line.Clear();
        return true;
    }

    private static Line Finish(StringBuilder line, int number, ref bool tooLong)
    {
        var result = new Line(number, tooLong ? null : line.ToString().TrimEnd('\r'));
        line.Clear();
        tooLong = false;
        return result;
    }
}
