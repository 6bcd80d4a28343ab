using System.Data.Common;

namespace Archive.Core.Data;

/// <summary>
/// A statement a batch runs once per row on its open transaction, its values given by position on each run.
/// Named <c>@</c> parameters, so the same text runs on SQLite and PostgreSQL; prepared on the first run,
/// once the values are bound, because Npgsql prepares on the parameters' types.
/// </summary>
internal sealed class BatchStatement : IDisposable
{
    private readonly DbCommand _command;
    private bool _prepared;

    public BatchStatement(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
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
        for (var i = 0; i < values.Length; i++)
            _command.Parameters[i].Value = values[i];
        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
