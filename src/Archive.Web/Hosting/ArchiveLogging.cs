using Serilog;
using Serilog.Events;

namespace Archive.Web.Hosting;

/// <summary>Who reads the console a process logs to.</summary>
public enum ArchiveLogAudience
{
    /// <summary>The web app: every level the configuration asks for, on stdout.</summary>
    WebApp,

    /// <summary>A CLI command: stdout is the command's answer, so logs go to stderr, and only warnings and errors.</summary>
    Command,
}

/// <summary>
/// One Serilog setup for the web app and the CLI: levels, enrichers and any extra sinks come from the
/// <c>Serilog</c> configuration section, sinks registered in the container (the tests' capture) are added,
/// and the console sink is written here so the CLI can send it to stderr without a second configuration.
/// </summary>
public static class ArchiveLogging
{
    public const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static IServiceCollection AddArchiveLogging(this IServiceCollection services, IConfiguration configuration, ArchiveLogAudience audience)
    {
        // Each host keeps its own logger: with the static Log.Logger, disposing one host (a test's second
        // host) would close the logger every other host in the process writes through.
        return services.AddSerilog((provider, logger) =>
        {
            logger.ReadFrom.Configuration(configuration).ReadFrom.Services(provider).Enrich.FromLogContext();
            if (audience == ArchiveLogAudience.WebApp)
            {
                logger.WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                return;
            }

            // A command reports its own outcome (and database failures in words); EF Core's error log would repeat it as a stack.
            logger.MinimumLevel.Warning()
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Fatal)
                .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                    standardErrorFromLevel: LogEventLevel.Verbose);
        }, preserveStaticLogger: true);
    }
}
