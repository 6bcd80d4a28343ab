using Archive.Benchmarks.Searching;
using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks.Engines;

/// <summary>SQLite with nothing of Archive around it: one transaction of prepared inserts.</summary>
public static class BareSqlite
{
    public static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        return connection;
    }

    /// <summary>A plain rowid table: what the system of record costs without any ORM or index.</summary>
    public static void LoadPlainTable(string file, IEnumerable<ArticleText> articles)
    {
        using var connection = Open(file);
        Execute(connection, "CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, lang TEXT NOT NULL);");
        Load(connection, "INSERT INTO articles(id, title, body, lang) VALUES ($id, $title, $body, $lang)", articles, withId: true);
    }

    /// <summary>The FTS5 peer (what a Readeck-style app gets): unicode61 with diacritics removed, no stemming.</summary>
    public static void LoadFts5(string file, IEnumerable<ArticleText> articles)
    {
        using var connection = Open(file);
        Execute(connection, "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, lang UNINDEXED, tokenize='unicode61 remove_diacritics 2');");
        Load(connection, "INSERT INTO articles_fts(rowid, title, body, lang) VALUES ($id, $title, $body, $lang)", articles, withId: true);
    }

    private static void Load(SqliteConnection connection, string sql, IEnumerable<ArticleText> articles, bool withId)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = sql;
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var lang = insert.Parameters.Add("$lang", SqliteType.Text);
        insert.Prepare();
        foreach (var article in articles)
        {
            id.Value = withId ? article.Id : DBNull.Value;
            title.Value = article.Title;
            body.Value = article.Body;
            lang.Value = article.Language;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>Searches the FTS5 peer: top 20 by bm25 with snippet(), plus count(*), as such an app would.</summary>
public sealed class Fts5Search(string file) : IDisposable
{
    private readonly SqliteConnection _connection = BareSqlite.Open(file);
    private readonly Dictionary<bool, (SqliteCommand Page, SqliteCommand Count)> _commands = [];

    public SearchOutcome Search(QuerySpec spec)
    {
        var (page, count) = Commands(spec.Language is not null);
        var match = Translate(spec);
        page.Parameters["$q"].Value = match;
        page.Parameters["$offset"].Value = spec.Offset;
        count.Parameters["$q"].Value = match;
        if (spec.Language is not null)
        {
            page.Parameters["$lang"].Value = spec.Language;
            count.Parameters["$lang"].Value = spec.Language;
        }

        var returned = 0;
        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                _ = reader.GetInt64(0);
                _ = reader.GetString(1);
                _ = reader.GetString(2);
                returned++;
            }
        }
        var total = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return new SearchOutcome(total, returned, null);
    }

    /// <summary>Words are quoted so nothing the user typed is FTS5 syntax; operators come from the spec.</summary>
    public static string Translate(QuerySpec spec)
    {
        static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return spec.Kind switch
        {
            QueryKind.Phrase => Quote(string.Join(' ', spec.Words)),
            QueryKind.Prefix => Quote(spec.Words[0]) + "*",
            QueryKind.TwoWords => Quote(spec.Words[0]) + " " + Quote(spec.Words[1]),
            QueryKind.Or => Quote(spec.Words[0]) + " OR " + Quote(spec.Words[1]),
            QueryKind.Not => Quote(spec.Words[0]) + " NOT " + Quote(spec.Words[1]),
            _ => Quote(spec.Words[0]),
        };
    }

    private (SqliteCommand Page, SqliteCommand Count) Commands(bool filtered)
    {
        if (_commands.TryGetValue(filtered, out var commands))
            return commands;
        var filter = filtered ? " AND lang = $lang" : string.Empty;
        var page = _connection.CreateCommand();
        page.CommandText =
            "SELECT rowid, title, snippet(articles_fts, 1, '<mark>', '</mark>', '…', 16) FROM articles_fts " +
            $"WHERE articles_fts MATCH $q{filter} ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT 20 OFFSET $offset";
        page.Parameters.Add("$q", SqliteType.Text);
        page.Parameters.Add("$offset", SqliteType.Integer);
        var count = _connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH $q{filter}";
        count.Parameters.Add("$q", SqliteType.Text);
        if (filtered)
        {
            page.Parameters.Add("$lang", SqliteType.Text);
            count.Parameters.Add("$lang", SqliteType.Text);
        }
        commands = (page, count);
        _commands[filtered] = commands;
        return commands;
    }

    public void Dispose()
    {
        foreach (var (page, count) in _commands.Values)
        {
            page.Dispose();
            count.Dispose();
        }
        _connection.Dispose();
    }
}
