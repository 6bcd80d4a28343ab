using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Archive.Core.Data;

/// <summary>
/// A statement a batch runs once per row on its open transaction, its values given by position on each run.
/// Named <c>@</c> parameters, so the same text runs on SQLite and PostgreSQL. On SQLite it is a native
/// statement on the connection's handle, its values bound by position (<see cref="SqliteValues"/>); elsewhere a
/// command prepared on its first run, once the values are bound, because Npgsql prepares on the parameters' types.
/// </summary>
internal sealed class BatchStatement : IDisposable
{
    private readonly DbCommand? _command;
    private readonly sqlite3? _db;
    private readonly sqlite3_stmt? _statement;
    private readonly int[] _positions = [];
    private bool _prepared;

    public BatchStatement(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        if (transaction.Connection != connection)
            throw new InvalidOperationException("A batch statement's transaction belongs to another connection.");
        if (connection is SqliteConnection sqlite)
        {
            _db = sqlite.Handle ?? throw new InvalidOperationException("A batch statement needs an open connection.");
            var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
            SqliteException.ThrowExceptionForRC(rc, _db);
            _positions = [.. parameters.Select(name => raw.sqlite3_bind_parameter_index(_statement, name))];
            if (_positions.Any(p => p == 0))
                throw new ArgumentException("A batch statement names a parameter its SQL does not hold.", nameof(parameters));
            return;
        }
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            _command.Parameters.Add(parameter);
        }
    }

    public void Run(params object[] values)
    {
        if (_statement is not null)
        {
            RunNative(values);
            return;
        }
        for (var i = 0; i < values.Length; i++)
            _command!.Parameters[i].Value = values[i];
        if (!_prepared)
        {
            _command!.Prepare();
            _prepared = true;
        }
        _command!.ExecuteNonQuery();
    }

    private void RunNative(object[] values)
    {
        try
        {
            for (var i = 0; i < values.Length; i++)
                SqliteException.ThrowExceptionForRC(SqliteValues.Bind(_statement!, _positions[i], values[i]), _db);
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE)
                SqliteException.ThrowExceptionForRC(rc, _db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    public void Dispose()
    {
        _statement?.Dispose();
        _command?.Dispose();
    }
}
