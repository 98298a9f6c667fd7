namespace Corroborate.Cli;

/// <summary>Writes a file so that readers see the old content or the new, never a cut-off one.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes a temporary file beside the target and renames it over the target (atomic within one file system),
    /// so that a process killed while writing a report leaves the previous report, not half of the new one.
    /// </summary>
    public static void WriteAllText(string path, string content)
    {
        string temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllText(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
