namespace Corroborate.Core.Ingest;

/// <summary>
/// Lists the files under a folder. A symbolic link is followed only when its real target lies inside the
/// folder, and every real file and folder is taken once, so a link loop or a link to "/" cannot make the
/// walk endless or leave the tree. Links that fail either test are left out.
/// </summary>
public static class FolderWalk
{
    private static readonly EnumerationOptions Entries = new() { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };

    /// <summary>The files in a stable order, so the same folder always ingests the same way.</summary>
    public static IEnumerable<string> Files(string folder)
    {
        string root = FileSystemPaths.RealPath(folder) ?? Path.GetFullPath(folder);
        string rootPrefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var taken = new HashSet<string>(StringComparer.Ordinal) { root };
        var files = new List<string>();
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((folder, root));
        // Links wait until the plain tree is walked, so a file is listed under its own name rather than a link's.
        var links = new Queue<FileSystemInfo>();
        while (true)
        {
            while (pending.TryPop(out var dir))
                foreach (var entry in new DirectoryInfo(dir.Path).EnumerateFileSystemInfos("*", Entries).OrderBy(e => e.Name, StringComparer.Ordinal))
                {
                    if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint)) links.Enqueue(entry);
                    else Take(entry.FullName, Path.Combine(dir.Real, entry.Name));
                }
            if (!links.TryDequeue(out var link)) break;
            Take(link.FullName, FileSystemPaths.RealPath(link.FullName));
        }
        return files.Order(StringComparer.Ordinal);

        void Take(string path, string? real)
        {
            if (real is null || !real.StartsWith(rootPrefix, StringComparison.Ordinal) || !taken.Add(real)) return;
            if (Directory.Exists(real)) pending.Push((path, real));
            else files.Add(path);
        }
    }
}
