using Archive.Web.Cli;

namespace Archive.Web.Tests.Cli;

/// <summary>One in-process run of the CLI, as <c>Archive.Web COMMAND …</c> runs it, with what it printed.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split(Environment.NewLine);

    public string[] ErrorLines => Error.Split(Environment.NewLine);

    /// <summary>Runs a CLI command (never a web-app start: that would be a null exit code).</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ArchiveCli.TryRunAsync(args, output, error);
        Assert.NotNull(exitCode);
        return new CliResult(exitCode.Value, output.ToString(), error.ToString());
    }
}
