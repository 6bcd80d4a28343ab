using Microsoft.Extensions.Logging;
using Npgsql;

namespace Archive.Core.Search;

/// <summary>
/// On PostgreSQL every statement that adds outbox rows ends in <c>pg_notify('archive_outbox')</c> (a trigger, delivered
/// when the writer commits). Each node listens on a connection of its own and catches up at once, so a change made on
/// one node reaches the others' indexes in the time a catch-up takes rather than up to a polling interval later. The
/// interval stays as the fallback: a notification lost with a dropped connection costs at most one interval.
/// </summary>
public sealed partial class OutboxNotifications(string connectionString, ILogger<OutboxNotifications> logger)
{
    public const string Channel = "archive_outbox";

    private static readonly TimeSpan _retry = TimeSpan.FromSeconds(5);

    /// <summary>Calls <paramref name="signal"/> on every notification until cancelled, reconnecting after a failure.</summary>
    public async Task ListenAsync(Action signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        // Keepalives let a connection a firewall silently dropped fail, and be replaced, instead of waiting forever.
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 30, Pooling = false }.ToString();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(settings);
                await connection.OpenAsync(cancellationToken);
                connection.Notification += (_, _) => signal();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                // Rows written while no one listened are found by this catch-up.
                signal();
                while (true)
                    await connection.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or InvalidOperationException or TimeoutException)
            {
                LogListenFailed(logger, e, _retry.TotalSeconds);
                try
                {
                    await Task.Delay(_retry, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for outbox notifications failed; catch-up falls back to its interval, retrying in {Seconds} s")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, double seconds);
}
