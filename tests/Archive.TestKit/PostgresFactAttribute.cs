using Xunit;

namespace Archive.Testing;

/// <summary>
/// A test that needs a PostgreSQL server whatever the run's provider (copying SQLite into PostgreSQL).
/// tests/run.sh always has one; a plain <c>dotnet test</c> on a machine without one reports the test as
/// skipped with the reason, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresUnavailableReason is { } reason)
            Skip = reason;
    }
}
