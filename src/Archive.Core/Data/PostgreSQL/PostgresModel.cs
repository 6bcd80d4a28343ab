using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Data.PostgreSQL;

/// <summary>What makes a PostgreSQL model behave as the SQLite one does, for the archive and the accounts alike.</summary>
public static class PostgresModel
{
    /// <summary>
    /// Every text column is <c>text</c> with collation <c>"C"</c>. SQLite compares and sorts text by its
    /// bytes (BINARY) and never enforces a declared length; a database created with a linguistic default
    /// collation (en_US.UTF-8) would sort slugs, outlet names and folded keys differently and could refuse
    /// a long path the SQLite archive took. Case and accents are folded by the app (Core/Text), never by
    /// the database, so "C" changes no lookup; e-mails are matched on Identity's normalised column.
    /// </summary>
    public static void MatchSqlite(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType != typeof(string) || property.IsPrimitiveCollection)
                    continue;
                property.SetMaxLength(null);
                if (entity.IsMappedToJson())
                    continue;
                property.SetCollation("C");
            }
        }
    }
}
