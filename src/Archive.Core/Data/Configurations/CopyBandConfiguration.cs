using Archive.Core.Articles;
using Archive.Core.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class CopyBandConfiguration : IEntityTypeConfiguration<CopyBand>
{
    public void Configure(EntityTypeBuilder<CopyBand> builder)
    {
        // The key leads: looking up a new article's bands is a seek per band value. On SQLite the table is
        // WITHOUT ROWID (migration CopyBandsWithoutRowid, in SQL: EF has no builder for it), so the key is the
        // table itself rather than a second B-tree beside a rowid one; a migration that rebuilds this table on
        // SQLite must create it WITHOUT ROWID again.
        builder.HasKey(b => new { b.Key, b.ArticleId });
        builder.HasIndex(b => b.ArticleId);
        builder.HasOne<Article>().WithMany().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
