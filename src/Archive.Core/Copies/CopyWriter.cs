using System.Data.Common;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Archive.Core.Copies;

/// <summary>
/// Writes signatures, bands and story ids with prepared statements on the batch's open transaction,
/// like the import's batch writer: sixteen band rows per article through change tracking would cost
/// more than the import itself.
/// </summary>
internal sealed class CopyWriter : IDisposable
{
    private readonly BatchStatement _insertSignature;
    private readonly BatchStatement _insertBand;
    private readonly BatchStatement _deleteSignature;
    private readonly BatchStatement _deleteBands;
    private readonly BatchStatement _setStory;
    private readonly BatchStatement _markFirst;

    public CopyWriter(ArchiveDbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The copy writer runs inside the batch's transaction.");
        var connection = db.Database.GetDbConnection();
        _insertSignature = new BatchStatement(connection, transaction,
            "INSERT INTO \"ArticleSignatures\" (\"ArticleId\", \"Hashes\", \"ContentHash\") VALUES (@id, @hashes, @hash)", "@id", "@hashes", "@hash");
        // All of an article's bands in one statement: one step through SQLite instead of one per band.
        _insertBand = new BatchStatement(connection, transaction,
            "INSERT INTO \"CopyBands\" (\"Key\", \"ArticleId\") VALUES "
                + string.Join(", ", Enumerable.Range(0, MinHash.Bands).Select(i => FormattableString.Invariant($"(@k{i}, @id)")))
                + " ON CONFLICT DO NOTHING",
            [.. Enumerable.Range(0, MinHash.Bands).Select(i => FormattableString.Invariant($"@k{i}")), "@id"]);
        _deleteSignature = new BatchStatement(connection, transaction, "DELETE FROM \"ArticleSignatures\" WHERE \"ArticleId\" = @id", "@id");
        _deleteBands = new BatchStatement(connection, transaction, "DELETE FROM \"CopyBands\" WHERE \"ArticleId\" = @id", "@id");
        _setStory = new BatchStatement(connection, transaction, "UPDATE \"Articles\" SET \"StoryId\" = @story WHERE \"Id\" = @id", "@story", "@id");
        _markFirst = new BatchStatement(connection, transaction,
            "UPDATE \"Articles\" SET \"StoryId\" = \"Id\" WHERE \"Id\" = @id AND \"StoryId\" IS NULL", "@id");
    }

    /// <summary>Stores the article's signature and bands; <paramref name="replace"/> drops a stale one first.</summary>
    public void Write(int articleId, uint[] signature, int[] keys, string contentHash, bool replace)
    {
        if (replace)
        {
            _deleteBands.Run(articleId);
            _deleteSignature.Run(articleId);
        }
        _insertSignature.Run(articleId, MinHash.ToBytes(signature), contentHash);
        var values = new object[MinHash.Bands + 1];
        for (var i = 0; i < MinHash.Bands; i++)
            values[i] = keys[i];
        values[MinHash.Bands] = articleId;
        _insertBand.Run(values);
    }

    public void SetStory(int articleId, int storyId) => _setStory.Run(storyId, articleId);

    public void MarkFirst(int articleId) => _markFirst.Run(articleId);

    public void Dispose()
    {
        _insertSignature.Dispose();
        _insertBand.Dispose();
        _deleteSignature.Dispose();
        _deleteBands.Dispose();
        _setStory.Dispose();
        _markFirst.Dispose();
    }
}
