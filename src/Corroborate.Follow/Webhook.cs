using System.Text;

namespace Corroborate.Follow;

/// <summary>
/// Posts each round's JSON document to a URL, retrying a few times with backoff; a failure is logged and following
/// goes on (the store holds everything the document says).
/// </summary>
internal sealed class Webhook(Uri url, FollowOptions options, TimeProvider time, Action<string> log) : IDisposable
{
    private readonly HttpClient _client = new() { Timeout = options.Timeout };

    public async Task PostAsync(string json, CancellationToken stop)
    {
        string? error = null;
        for (int attempt = 1; attempt <= options.Retries + 1; attempt++)
        {
            try
            {
                using var content = new StringContent(json, Encoding.UTF8, "application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
                request.Headers.UserAgent.ParseAdd(options.UserAgent);
                using var response = await _client.SendAsync(request, CancellationToken.None);
                if (response.IsSuccessStatusCode)
                {
                    log($"POST {url} {(int)response.StatusCode} (webhook)");
                    return;
                }
                error = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                if (!FollowOptions.IsRetryable((int)response.StatusCode)) break;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                error = e is TaskCanceledException ? $"timeout after {Durations.Show(options.Timeout)}" : e.Message;
            }
            if (attempt <= options.Retries)
            {
                try { await Task.Delay(options.Backoff(attempt), time, stop); }
                catch (OperationCanceledException) { break; }
            }
        }
        log($"POST {url} failed (webhook): {error}; the round's articles are in the store");
    }

    public void Dispose() => _client.Dispose();
}
