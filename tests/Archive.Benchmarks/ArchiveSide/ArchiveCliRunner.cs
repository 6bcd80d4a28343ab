using Archive.Web.Cli;

namespace Archive.Benchmarks.ArchiveSide;

/// <summary>The CLI in this process, as an operator would run a command; returns its exit code and everything it wrote.</summary>
internal static class ArchiveCliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string? input, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ArchiveCli.TryRunAsync(arguments, output, error, input is null ? null : new StringReader(input));
        return (exitCode ?? -1, output + error.ToString());
    }
}
