using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Corroborate.Bench.ServeLoad;

/// <summary>
/// <c>corroborate serve</c> as a child process on a free loopback port, read-only (no ingest token), so the load
/// client and the server are measured apart. Its console output is kept to show what it logged under load.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    /// <summary>Lines kept after the first logged failure: enough for the message and the top of its stack.</summary>
    private const int FailureLinesKept = 40;

    private readonly Process _process;
    private readonly Lock _outputLock = new();
    private readonly List<string> _firstFailure = [];
    private readonly List<string> _startupOutput = [];

    public Uri BaseAddress { get; }
    public int Id => _process.Id;
    /// <summary>Lines the server logged at level fail or crit (ASP.NET Core writes one per unhandled exception).</summary>
    public int FailuresLogged { get; private set; }
    public IReadOnlyList<string> FirstFailure { get { lock (_outputLock) return [.. _firstFailure]; } }

    private ServerProcess(string server, string db)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        // A .dll needs the dotnet host; the apphost beside it runs directly.
        var start = new ProcessStartInfo(server.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet" : server)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (start.FileName == "dotnet") start.ArgumentList.Add(server);
        foreach (var arg in new[] { "serve", "--db", db, "--urls", BaseAddress.ToString().TrimEnd('/') })
            start.ArgumentList.Add(arg);
        start.Environment.Remove("CORROBORATE_TOKEN");
        _process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {server}");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts the server and returns once it answers the story list of the API.</summary>
    public static async Task<ServerProcess> StartAsync(string server, string db)
    {
        var started = new ServerProcess(server, db);
        try
        {
            await started.WaitUntilReadyAsync();
            return started;
        }
        catch
        {
            started.Dispose();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartupLimit)
        {
            if (_process.HasExited) break;
            try
            {
                using var response = await probe.GetAsync("api/stories?page_size=1");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { } // not listening yet
            await Task.Delay(200);
        }
        string output;
        lock (_outputLock) output = string.Join(Environment.NewLine, _startupOutput);
        throw new InvalidOperationException($"serve did not answer on {BaseAddress} within {StartupLimit.TotalSeconds} s:{Environment.NewLine}{output}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_outputLock)
        {
            if (_startupOutput.Count < FailureLinesKept) _startupOutput.Add(line);
            if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
                FailuresLogged++;
            if (FailuresLogged > 0 && _firstFailure.Count < FailureLinesKept) _firstFailure.Add(line);
        }
    }

    /// <summary>Port 0 lets the kernel choose; the listener is closed again before serve binds the port.</summary>
    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Killed outright: serve is read-only here, so there is nothing to flush.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
