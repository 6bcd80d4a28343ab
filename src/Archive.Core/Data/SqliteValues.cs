using System.Globalization;
using SQLitePCL;

namespace Archive.Core.Data;

/// <summary>
/// Binds a value to a prepared native SQLite statement by position, in the forms Microsoft.Data.Sqlite writes
/// (and EF reads back). The batch writers step their own statements: SqliteCommand looked every parameter up by
/// name and built a data reader for every row, which was most of a bulk insert's cost beside SQLite's own work.
/// </summary>
internal static class SqliteValues
{
    public static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        byte[] blob => raw.sqlite3_bind_blob(statement, index, blob),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        short number => raw.sqlite3_bind_int64(statement, index, number),
        byte number => raw.sqlite3_bind_int64(statement, index, number),
        double number => raw.sqlite3_bind_double(statement, index, number),
        float number => raw.sqlite3_bind_double(statement, index, number),
        Enum choice => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(choice, CultureInfo.InvariantCulture)),
        DateTime date => raw.sqlite3_bind_text(statement, index, date.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateTimeOffset date => raw.sqlite3_bind_text(statement, index, date.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"A batch statement cannot bind a {value.GetType().Name}."),
    };
}
