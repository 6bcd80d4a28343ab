using System.Data.Common;

namespace Archive.Core.Data;

/// <summary>
/// A statement a batch runs once per row on its open transaction, with positional values set before each run.
/// Named <c>@</c> parameters, so the same text runs on SQLite and PostgreSQL.
/// </summary>
internal static class BatchCommand
{
    public static DbCommand Create(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static void Run(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
