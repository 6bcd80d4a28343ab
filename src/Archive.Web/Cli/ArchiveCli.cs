using Archive.Web.Hosting;

namespace Archive.Web.Cli;

/// <summary>
/// The command line inside the web executable: <c>Archive.Web import PATH…</c>. Anything that does not
/// start with a command word (no arguments, or options such as <c>--urls</c>) runs the web app instead.
/// </summary>
public static class ArchiveCli
{
    // Add new commands here; help and dispatch pick them up.
    private static readonly ICliCommand[] _commands = [new ImportCommand(), new ReindexCommand(), new RecleanCommand(), new CopiesCommand(), new UserCommand(), new MigrateToPostgresCommand(), new EntitiesCommand()];

    /// <summary>
    /// Runs the command named by the first argument and returns its exit code, or null when the
    /// arguments are meant for the web app. Options written <c>--Key=Value</c> anywhere after the
    /// command override configuration, e.g. <c>--ConnectionStrings:Archive=Data Source=/tmp/a.db</c>.
    /// </summary>
    public static async Task<int?> TryRunAsync(
        string[] args, TextWriter? output = null, TextWriter? error = null, TextReader? input = null, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('='))
            return null;

        output ??= Console.Out;
        var errorIsTerminal = error is null && !Console.IsErrorRedirected;
        error ??= Console.Error;
        var name = args[0];
        if (name is "help")
        {
            await WriteUsageAsync(output);
            return CliExitCode.Success;
        }

        var command = _commands.FirstOrDefault(c => c.Name == name);
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command '{name}'.");
            await WriteUsageAsync(error);
            return CliExitCode.Usage;
        }

        var rest = args.Skip(1).ToList();
        var configurationArgs = rest.Where(IsConfigurationOption).ToArray();
        var arguments = rest.Where(a => !IsConfigurationOption(a)).ToList();

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            using var host = BuildHost(configurationArgs);
            var context = new CliContext(host.Services, output, error)
            {
                Input = input ?? (Console.IsInputRedirected ? Console.In : null),
                ErrorIsTerminal = errorIsTerminal,
            };
            return await command.RunAsync(context, arguments, interrupt.Token);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await error.WriteLineAsync("Interrupted.");
            return CliExitCode.Interrupted;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    internal static async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("Usage: Archive.Web <command> [arguments] [--Key=Value …]");
        await writer.WriteLineAsync("       Archive.Web [--urls URL …]   (no command: run the web app)");
        await writer.WriteLineAsync();
        await writer.WriteLineAsync("Commands:");
        var width = _commands.Max(c => c.Synopsis.Length) + 2;
        foreach (var command in _commands)
            await writer.WriteLineAsync($"  {command.Synopsis.PadRight(width)}{command.Description}");
        await writer.WriteLineAsync($"  {"help".PadRight(width)}Show this help.");
        await writer.WriteLineAsync();
        await writer.WriteLineAsync("Options use the web app's configuration keys, e.g. --ConnectionStrings:Archive=\"Data Source=/path/archive.db\".");
        await writer.WriteLineAsync("Exit codes: 0 done, 1 database unusable or command failed, 2 usage error, 130 interrupted.");
    }

    private static bool IsConfigurationOption(string argument) => argument.StartsWith("--", StringComparison.Ordinal) && argument.Contains('=');

    /// <summary>Same configuration sources as the web app; logs go to stderr so stdout stays the command's answer.</summary>
    private static IHost BuildHost(string[] configurationArgs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = configurationArgs,
            ApplicationName = typeof(ArchiveCli).Assembly.GetName().Name,
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"),
        });
        builder.Services.AddArchiveLogging(builder.Configuration, ArchiveLogAudience.Command);
        builder.Services.AddArchive(builder.Configuration);
        return builder.Build();
    }
}
