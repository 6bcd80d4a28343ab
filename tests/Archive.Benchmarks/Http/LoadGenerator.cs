using System.Diagnostics;
using System.Net;
using Archive.Benchmarks.Reporting;

namespace Archive.Benchmarks.Http;

/// <summary>
/// A bounded closed-loop load: a fixed number of connections, each sending its next request as soon
/// as the last one is read, for a fixed time; it always stops by itself. Only loopback targets.
/// </summary>
public static class LoadGenerator
{
    public static HttpClient CreateClient(Uri baseAddress, int connections)
    {
        if (!IPAddress.TryParse(baseAddress.Host, out var address) || !IPAddress.IsLoopback(address))
            throw new ArgumentException($"Load is only ever sent to a loopback address, not {baseAddress}.", nameof(baseAddress));
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public static Task<LoadResult> RunAsync(
        HttpClient client, IReadOnlyList<string> urls, int connections, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken) =>
        RunAsync([client], urls, connections, warmup, duration, cancellationToken);

    /// <summary>The same load spread over several servers (web nodes behind a load balancer): connection i goes to client i mod n.</summary>
    public static async Task<LoadResult> RunAsync(
        IReadOnlyList<HttpClient> clients, IReadOnlyList<string> urls, int connections, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (warmup > TimeSpan.Zero)
            await RunLoopAsync(clients, urls, connections, warmup, record: false, cancellationToken);
        return await RunLoopAsync(clients, urls, connections, duration, record: true, cancellationToken);
    }

    private static async Task<LoadResult> RunLoopAsync(
        IReadOnlyList<HttpClient> clients, IReadOnlyList<string> urls, int connections, TimeSpan duration, bool record, CancellationToken cancellationToken)
    {
        var next = -1;
        var errors = 0;
        long bytes = 0;
        string? firstError = null;
        var stopwatch = Stopwatch.StartNew();
        var deadline = stopwatch.Elapsed + duration;

        async Task<List<double>> Worker(HttpClient client)
        {
            var latencies = new List<double>(4096);
            var buffer = new byte[16 * 1024];
            while (stopwatch.Elapsed < deadline && !cancellationToken.IsCancellationRequested)
            {
                var url = urls[(int)((uint)Interlocked.Increment(ref next) % (uint)urls.Count)];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                    long read = 0;
                    int n;
                    while ((n = await body.ReadAsync(buffer, cancellationToken)) > 0)
                        read += n;
                    Interlocked.Add(ref bytes, read);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, $"{(int)response.StatusCode} for {url}", null);
                    }
                }
                catch (HttpRequestException e)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{e.Message} for {url}", null);
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"timeout for {url}", null);
                }
                if (record)
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return latencies;
        }

        var all = await Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(() => Worker(clients[i % clients.Count]), cancellationToken)));
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var latencies = all.SelectMany(l => l).ToList();
        return new LoadResult(latencies.Count, errors, seconds, LatencyStats.From(latencies),
            latencies.Count == 0 ? 0 : bytes / (double)latencies.Count, firstError);
    }
}

public sealed record LoadResult(int Requests, int Errors, double Seconds, LatencyStats Latency, double MeanResponseBytes, string? FirstError)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;
}
