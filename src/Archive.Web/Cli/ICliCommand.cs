namespace Archive.Web.Cli;

/// <summary>One verb of the archive's command line (import, and later reindex, user …).</summary>
internal interface ICliCommand
{
    string Name { get; }

    /// <summary>How to call it, e.g. "import PATH…".</summary>
    string Synopsis { get; }

    string Description { get; }

    /// <summary>Returns a <see cref="CliExitCode"/>.</summary>
    Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
