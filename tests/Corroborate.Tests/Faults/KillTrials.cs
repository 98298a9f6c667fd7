using System.Diagnostics;
using System.Text.Json;
using Corroborate.Core.Ingest;
using Corroborate.Tests.Cli;
using Xunit.Abstractions;

namespace Corroborate.Tests.Faults;

/// <summary>
/// Kills `corroborate ingest` and `analyze` with SIGKILL at random moments and checks what the store shows
/// afterwards, then runs the same command again and compares with a clean run. Trials alternate between the two
/// commands and between an empty store and one already holding the first <see cref="PrefixArticles"/> articles
/// (so that a kill has committed articles to lose). Failures are collected over all trials and reported together.
/// </summary>
public sealed class KillTrials(string backend, ITestOutputHelper output) : IDisposable
{
    public const int PrefixArticles = 15;
    public const string TrialsVariable = "CORROBORATE_FAULT_TRIALS";
    public const string SeedVariable = "CORROBORATE_FAULT_SEED";
    private const int DefaultSeed = 1414;

    private readonly TempDir _temp = new();
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, int> _killedDuring = [];
    private string _input = "", _prefix = "";
    private StoreOutcome _reference = null!;
    private readonly Dictionary<string, CleanRun> _cleanRuns = [];

    /// <summary>The trial count: <paramref name="byDefault"/>, or more when the environment asks for it.</summary>
    public static int Count(int byDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(TrialsVariable), out int n) && n > byDefault ? n : byDefault;

    public void Run(int trials)
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out int s) ? s : DefaultSeed;
        output.WriteLine($"{backend}: {trials} kill trials, seed {seed} (set {SeedVariable} to repeat another run, {TrialsVariable} for more trials)");
        _input = CorpusSlice.WriteAll(_temp);
        _prefix = CorpusSlice.Write(_temp, 0, PrefixArticles);
        MeasureCleanRuns();
        var random = new Random(seed);
        for (int trial = 0; trial < trials; trial++) RunTrial(trial, random);
        output.WriteLine("killed during: " + string.Join(", ", _killedDuring.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.True(_failures.Count == 0, $"{_failures.Count} failures:\n" + string.Join('\n', _failures));
    }

    /// <summary>
    /// A clean run of each command gives the outcome every trial must reach, and its timing: how long it took and
    /// when its articles were committed (the corpus stages and the reports come after).
    /// </summary>
    private void MeasureCleanRuns()
    {
        foreach (string command in new[] { "ingest", "analyze" })
        {
            using var db = FaultDatabase.Create(backend, _temp);
            var timing = TimeCleanRun(Arguments(command, db, _temp.File($"clean-{command}")), db);
            _cleanRuns[command] = timing;
            var outcome = StoreInspector.Outcome(db);
            Assert.Equal(CorpusSlice.Articles, outcome.ArticleTexts.Count);
            Assert.Empty(StoreInspector.Inconsistencies(db));
            if (command == "ingest") _reference = outcome;
            else Compare("clean analyze against clean ingest", outcome, storiesToo: true);
            output.WriteLine($"clean {command}: {timing.Total.TotalSeconds:F1} s, articles committed after {timing.ArticlesCommitted.TotalSeconds:F1} s");
        }
    }

    private CleanRun TimeCleanRun(string[] args, FaultDatabase db)
    {
        var clock = Stopwatch.StartNew();
        using var process = CliRunner.Start(_temp.Path, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        TimeSpan? committed = null;
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(50)))
        {
            if (committed is null && StoreInspector.ArticleCount(db) == CorpusSlice.Articles) committed = clock.Elapsed;
        }
        var total = clock.Elapsed;
        Assert.True(process.ExitCode == 0, $"clean {string.Join(' ', args)} failed: {stderr.Result} {stdout.Result}");
        return new CleanRun(total, committed ?? total);
    }

    private sealed record CleanRun(TimeSpan Total, TimeSpan ArticlesCommitted);

    private void RunTrial(int trial, Random random)
    {
        string command = trial % 2 == 0 ? "ingest" : "analyze";
        bool fromPrefix = trial / 2 % 2 == 1;
        string name = $"trial {trial} ({command}, {(fromPrefix ? $"{PrefixArticles} articles stored" : "empty store")})";
        using var db = FaultDatabase.Create(backend, _temp);
        if (fromPrefix) StoreInProcess(db, _prefix);
        var committedBefore = StoreInspector.ArticleTexts(db);
        string reportFolder = _temp.File($"report-{trial}");
        var args = Arguments(command, db, reportFolder);

        // Reading and the per-article stages take most of a run. One trial in three kills at a random moment before
        // the clean run had committed its articles; the others wait until this run has committed them and kill at a
        // random moment of what followed in the clean run (the corpus stages, the reports). Waiting for the commit
        // rather than for a fixed time keeps the kills in the stages when the machine is slower or faster.
        var clean = _cleanRuns[command];
        bool afterCommit = trial % 3 != 0;
        var delay = afterCommit ? (clean.Total - clean.ArticlesCommitted) * random.NextDouble() : clean.ArticlesCommitted * random.NextDouble();
        var (killed, snapshot) = KillAfter(args, db, afterCommit, delay);
        foreach (var id in snapshot.Keys) committedBefore.TryAdd(id, snapshot[id]);

        string phase = killed ? PhaseReached(db) : "no kill (the run finished first)";
        _killedDuring[phase] = _killedDuring.GetValueOrDefault(phase) + 1;
        CheckAfterKill(name, db, committedBefore, reportFolder);

        var rerun = CliRunner.Run(_temp.Path, args);
        if (rerun.ExitCode != 0) _failures.Add($"{name}: the rerun exited with {rerun.ExitCode}: {rerun.Stderr.Trim()}");
        CheckComplete(name + " after the rerun", db, storiesToo: !fromPrefix);
        if (command == "analyze") CheckReport(name + " after the rerun", reportFolder, required: true);
        output.WriteLine($"{name}: killed {delay.TotalSeconds:F2} s after {(afterCommit ? "the articles were committed" : "the start")}: {phase}; {snapshot.Count} articles committed before the kill; rerun exit {rerun.ExitCode}");
    }

    /// <summary>
    /// Starts the command and SIGKILLs it (with its process tree) <paramref name="delay"/> after its start, or after
    /// it committed the articles when <paramref name="afterCommit"/>, right after a reader has taken the articles
    /// committed so far: those must all survive.
    /// </summary>
    private (bool Killed, Dictionary<string, string> Snapshot) KillAfter(string[] args, FaultDatabase db, bool afterCommit, TimeSpan delay)
    {
        using var process = CliRunner.Start(_temp.Path, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        bool exited = afterCommit && !WaitForArticles(process, db);
        if (exited || process.WaitForExit(delay))
        {
            process.WaitForExit();
            return (false, StoreInspector.ArticleTexts(db));
        }
        var snapshot = StoreInspector.ArticleTexts(db);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Task.WaitAll(stdout, stderr);
        return (true, snapshot);
    }

    /// <summary>Waits until every article is stored; false if the process ended first.</summary>
    private static bool WaitForArticles(Process process, FaultDatabase db)
    {
        while (StoreInspector.ArticleCount(db) < CorpusSlice.Articles)
        {
            if (process.WaitForExit(TimeSpan.FromMilliseconds(20))) return false;
        }
        return true;
    }

    private void CheckAfterKill(string name, FaultDatabase db, Dictionary<string, string> committedBefore, string reportFolder)
    {
        Fail(name + " after the kill", StoreInspector.Inconsistencies(db));
        var present = StoreInspector.ArticleTexts(db);
        var lost = committedBefore.Keys.Where(id => !present.ContainsKey(id)).ToList();
        if (lost.Count > 0) _failures.Add($"{name}: {lost.Count} committed articles lost by the kill");
        var wrong = present.Where(kv => _reference.ArticleTexts.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => kv.Key).ToList();
        if (wrong.Count > 0) _failures.Add($"{name}: {wrong.Count} stored articles are not articles of the input or have another text: {string.Join(", ", wrong.Take(3))}");
        CheckReport(name + " after the kill", reportFolder, required: false);
    }

    /// <summary>After a run to completion: the clean run's articles, copies and entities (and stories, when the run started from an empty store).</summary>
    private void CheckComplete(string name, FaultDatabase db, bool storiesToo)
    {
        Fail(name, StoreInspector.Inconsistencies(db));
        var behind = StoreInspector.StagesBehind(db);
        if (behind != (0, 0)) _failures.Add($"{name}: {behind.Unfingerprinted} articles without fingerprint, {behind.Unassigned} without story");
        Compare(name, StoreInspector.Outcome(db), storiesToo);
    }

    private void Compare(string name, StoreOutcome outcome, bool storiesToo)
    {
        if (!outcome.ArticleTexts.Keys.ToHashSet().SetEquals(_reference.ArticleTexts.Keys) || outcome.ArticleTexts.Count != _reference.ArticleTexts.Count)
            _failures.Add($"{name}: {outcome.ArticleTexts.Count} articles, the clean run stored {_reference.ArticleTexts.Count} (ids differ)");
        if (!outcome.CopyPairs.SequenceEqual(_reference.CopyPairs))
            _failures.Add($"{name}: {outcome.CopyPairs.Count} copied pairs, the clean run found {_reference.CopyPairs.Count} (pairs differ)");
        if (!outcome.EntityIds.SequenceEqual(_reference.EntityIds))
            _failures.Add($"{name}: {outcome.EntityIds.Count} entities, the clean run resolved {_reference.EntityIds.Count} (entities differ)");
        if (storiesToo && !outcome.StoryGroups.SequenceEqual(_reference.StoryGroups))
            _failures.Add($"{name}: {outcome.StoryGroups.Count} stories, the clean run made {_reference.StoryGroups.Count} (grouping differs)");
    }

    /// <summary>A report that exists must be whole: report.json parses.</summary>
    private void CheckReport(string name, string folder, bool required)
    {
        string json = Path.Combine(folder, "report.json");
        if (!File.Exists(json))
        {
            if (required) _failures.Add($"{name}: no report.json");
            return;
        }
        try { JsonDocument.Parse(File.ReadAllText(json)).Dispose(); }
        catch (JsonException e) { _failures.Add($"{name}: report.json is cut off or malformed: {e.Message}"); }
    }

    /// <summary>How far the killed run got, judged from what it committed.</summary>
    private string PhaseReached(FaultDatabase db)
    {
        int stored = StoreInspector.ArticleTexts(db).Count;
        if (stored < CorpusSlice.Articles) return "start-up or reading (articles not yet committed)";
        var (unfingerprinted, unassigned) = StoreInspector.StagesBehind(db);
        if (unfingerprinted > 0) return "the provenance stage";
        if (unassigned > 0) return "the story stage";
        if (!StoreInspector.Outcome(db).EntityIds.SequenceEqual(_reference.EntityIds)) return "the entity stage";
        return "the end (stages committed)";
    }

    private void Fail(string name, List<string> problems)
    {
        foreach (var p in problems) _failures.Add($"{name}: {p}");
    }

    private string[] Arguments(string command, FaultDatabase db, string reportFolder) => command == "analyze"
        ? ["analyze", "--db", db.CliArgument, "--out", reportFolder, _input]
        : ["ingest", "--db", db.CliArgument, _input];

    /// <summary>Stores a file's articles through the library, as a previous ingest would have.</summary>
    private static void StoreInProcess(FaultDatabase db, string file)
    {
        using var store = db.OpenStore();
        CorpusIngest.Store(store, new Ingestor(new IngestOptions()).Run(InputScanner.Expand([file])));
    }

    public void Dispose() => _temp.Dispose();
}
