using System.Data.Common;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Archive.Core.Copies;

/// <summary>
/// Writes signatures, bands and story ids with prepared statements on the batch's open transaction,
/// like the import's batch writer: twenty band rows per article through change tracking would cost
/// more than the import itself.
/// </summary>
internal sealed class CopyWriter : IDisposable
{
    private readonly DbCommand _insertSignature;
    private readonly DbCommand _insertBand;
    private readonly DbCommand _deleteSignature;
    private readonly DbCommand _deleteBands;
    private readonly DbCommand _setStory;
    private readonly DbCommand _markFirst;

    public CopyWriter(ArchiveDbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The copy writer runs inside the batch's transaction.");
        var connection = db.Database.GetDbConnection();
        _insertSignature = Prepare(connection, transaction,
            "INSERT INTO \"ArticleSignatures\" (\"ArticleId\", \"Hashes\", \"ContentHash\") VALUES (@id, @hashes, @hash)", "@id", "@hashes", "@hash");
        _insertBand = Prepare(connection, transaction,
            "INSERT INTO \"CopyBands\" (\"Key\", \"ArticleId\") VALUES (@key, @id) ON CONFLICT DO NOTHING", "@key", "@id");
        _deleteSignature = Prepare(connection, transaction, "DELETE FROM \"ArticleSignatures\" WHERE \"ArticleId\" = @id", "@id");
        _deleteBands = Prepare(connection, transaction, "DELETE FROM \"CopyBands\" WHERE \"ArticleId\" = @id", "@id");
        _setStory = Prepare(connection, transaction, "UPDATE \"Articles\" SET \"StoryId\" = @story WHERE \"Id\" = @id", "@story", "@id");
        _markFirst = Prepare(connection, transaction,
            "UPDATE \"Articles\" SET \"StoryId\" = \"Id\" WHERE \"Id\" = @id AND \"StoryId\" IS NULL", "@id");
    }

    /// <summary>Stores the article's signature and bands; <paramref name="replace"/> drops a stale one first.</summary>
    public void Write(int articleId, uint[] signature, long[] keys, string contentHash, bool replace)
    {
        if (replace)
        {
            Run(_deleteBands, articleId);
            Run(_deleteSignature, articleId);
        }
        Run(_insertSignature, articleId, MinHash.ToBytes(signature), contentHash);
        foreach (var key in keys)
            Run(_insertBand, key, articleId);
    }

    public void SetStory(int articleId, int storyId) => Run(_setStory, storyId, articleId);

    public void MarkFirst(int articleId) => Run(_markFirst, articleId);

    public void Dispose()
    {
        _insertSignature.Dispose();
        _insertBand.Dispose();
        _deleteSignature.Dispose();
        _deleteBands.Dispose();
        _setStory.Dispose();
        _markFirst.Dispose();
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = BatchCommand.Create(connection, transaction, sql, parameters);
        command.Prepare();
        return command;
    }

    private static void Run(DbCommand command, params object[] values) => BatchCommand.Run(command, values);
}
