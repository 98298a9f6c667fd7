namespace Corroborate.Cli;

/// <summary>Writes a file so that readers see the old content or the new, never a cut-off one.</summary>
public static class AtomicFile
{
    /// <summary>Text written as it is made (UTF-8 without a byte-order mark), atomically as by <see cref="Write"/>.</summary>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream);
        write(writer);
    });

    /// <summary>
    /// Writes a temporary file beside the target and renames it over the target (atomic within one file system),
    /// so that a process killed while writing a report leaves the previous report, not half of the new one. The
    /// content goes to the stream as it is made (a large report is never one string).
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        string temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = File.Create(temporary)) write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
