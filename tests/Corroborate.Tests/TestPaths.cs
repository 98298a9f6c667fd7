namespace Corroborate.Tests;

/// <summary>Where the repository and the shared evaluation data are, seen from the test binaries.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/data beside the repository; absent on a user's clone, present in CI.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    public static string Seeds => Path.Combine(SharedData, "seeds");

    public static string Demo => Path.Combine(RepoRoot, "samples", "demo");

    public static bool HasSharedData => Directory.Exists(SharedData);

    public const string NoSharedData = "needs ../shared/data beside the repository (present in CI, absent in a plain clone)";

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corroborate.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root from " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that runs only when ../shared/data is present and otherwise skips with the reason.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!TestPaths.HasSharedData) Skip = TestPaths.NoSharedData;
    }
}

/// <summary>A theory that runs only when ../shared/data is present and otherwise skips with the reason.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!TestPaths.HasSharedData) Skip = TestPaths.NoSharedData;
    }
}

/// <summary>A fact about Unix file system behaviour (symbolic links, FIFOs); skips with the reason elsewhere.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs Unix symbolic links and FIFOs";
    }
}

/// <summary>A temporary folder removed when the test ends.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("corroborate-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        string path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
