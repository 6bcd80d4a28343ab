using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Archive.Core.Diagnostics;

namespace Archive.Web.Tests.CrashSafety;

/// <summary>
/// The real Archive.Web executable in a child process (the web app, or a CLI command), on a data folder
/// of the test's. Everything it writes to stdout and stderr is kept, so a test can wait for a line
/// (the address it listens on, the <see cref="DiagnosticHalt"/> marker) and then kill it with SIGKILL:
/// no shutdown code runs, exactly as when the power goes.
/// </summary>
internal sealed partial class ArchiveProcess : IAsyncDisposable
{
    private static readonly TimeSpan _waitLimit = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _lineWritten = new(0);

    private ArchiveProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The built Archive.Web.dll the test project references (copied beside the tests with its runtime config).</summary>
    public static string Executable
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "Archive.Web.dll");
            if (!File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
                throw new InvalidOperationException($"{dll} has no runtime config beside it; build the test project.");
            return dll;
        }
    }

    public string Output => string.Join('\n', _lines);

    public bool HasExited => _process.HasExited;

    /// <summary>The web app on 127.0.0.1 at a port the OS picks, its database and index in <paramref name="dataFolder"/>.</summary>
    public static async Task<(ArchiveProcess Process, Uri Address)> StartWebAsync(string dataFolder, params (string Key, string Value)[] settings)
    {
        var process = Start(dataFolder, ["--urls", "http://127.0.0.1:0"], settings);
        var line = await process.WaitForLineAsync(l => l.Contains("Now listening on: ", StringComparison.Ordinal));
        return (process, new Uri(ListeningAddress().Match(line).Value));
    }

    /// <summary>A CLI command, e.g. <c>import /path</c>, on <paramref name="dataFolder"/>'s database.</summary>
    public static ArchiveProcess StartCli(string dataFolder, IReadOnlyList<string> arguments, params (string Key, string Value)[] settings) =>
        Start(dataFolder, arguments, settings);

    private static ArchiveProcess Start(string dataFolder, IReadOnlyList<string> arguments, (string Key, string Value)[] settings)
    {
        var executable = Executable;
        var start = new ProcessStartInfo("dotnet")
        {
            // The executable's folder is its content root: appsettings.json (logging to the console) is there.
            WorkingDirectory = Path.GetDirectoryName(executable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(executable);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Archive"] = $"Data Source={Path.Combine(dataFolder, "archive.db")}";
        start.Environment["Archive__ImportSeedsOnStart"] = "false";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ArchiveProcess(process);
        process.OutputDataReceived += (_, e) => child.Add(e.Data);
        process.ErrorDataReceived += (_, e) => child.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return child;
    }

    private void Add(string? line)
    {
        if (line is null)
            return;
        _lines.Enqueue(line);
        _lineWritten.Release();
    }

    /// <summary>Waits (bounded) for a line the process writes; fails with everything it wrote when it exits or takes too long.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        using var timeout = new CancellationTokenSource(_waitLimit);
        while (true)
        {
            if (_lines.FirstOrDefault(match) is { } line)
                return line;
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(CancellationToken.None);
                if (_lines.FirstOrDefault(match) is { } last)
                    return last;
                throw new InvalidOperationException($"Archive.Web exited ({_process.ExitCode}) before the expected line:\n{Output}");
            }
            try
            {
                await _lineWritten.WaitAsync(TimeSpan.FromMilliseconds(200), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Archive.Web did not write the expected line within {_waitLimit}:\n{Output}");
            }
        }
    }

    /// <summary>Waits until the process reports it halted at its <see cref="DiagnosticHalt.SettingKey"/> point.</summary>
    public Task<string> WaitUntilHaltedAsync() => WaitForLineAsync(l => l.Contains(DiagnosticHalt.LogMarker, StringComparison.Ordinal));

    /// <summary>SIGKILL: the process gets no chance to clean up, flush or roll anything back.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for a CLI command to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(_waitLimit);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        _lineWritten.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningAddress();
}
