using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Archive.Benchmarks.Http;

/// <summary>The real app started the way an operator starts it: <c>dotnet Archive.Web.dll</c> on a free loopback port.</summary>
internal sealed class ChildWebApp : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly ChildOutput _output;

    private ChildWebApp(Process process, Uri address, ChildOutput output)
    {
        _output = output;
        Process = process;
        Address = address;
    }

    public Process Process { get; }
    public Uri Address { get; }
    public double? FirstOkSeconds { get; private set; }
    public string LastOutput => _output.Last;

    public static async Task<ChildWebApp> StartAsync(
        BenchmarkContext context, string connectionString, IEnumerable<(string Key, string Value)> settings, CancellationToken cancellationToken, string? logFile = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [context.Paths.WebAssembly, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = context.Paths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in ArchiveWebHost.Settings(connectionString).Concat(settings))
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // Every line the node writes, for looking into a figure afterwards; only the last few go into the report.
        var child = new ChildWebApp(process, address, new ChildOutput(logFile));
        process.OutputDataReceived += (_, e) => child._output.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child._output.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (stopwatch.Elapsed < StartTimeout && !process.HasExited)
        {
            try
            {
                using var response = await probe.GetAsync(address, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    child.FirstOkSeconds = stopwatch.Elapsed.TotalSeconds;
                    break;
                }
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    // Listening but without a home page: this build has no such route, waiting will not help.
                    child._output.Keep($"GET / answered 404 after {stopwatch.Elapsed.TotalSeconds:F2} s (no home page in this build?)");
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(10, cancellationToken);
        }
        return child;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }
        Process.Dispose();
        _output.Dispose();
    }
}
