namespace Archive.Web.Cli;

public static class CliExitCode
{
    public const int Success = 0;

    /// <summary>The database cannot be opened or migrated, or the command failed unexpectedly.</summary>
    public const int Failure = 1;

    /// <summary>Unknown command, missing or unusable arguments.</summary>
    public const int Usage = 2;

    /// <summary>Stopped with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
