using Archive.Core.Articles;
using Archive.Core.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class CopyBandConfiguration : IEntityTypeConfiguration<CopyBand>
{
    public void Configure(EntityTypeBuilder<CopyBand> builder)
    {
        // The key leads: looking up a new article's bands is a seek per band value.
        builder.HasKey(b => new { b.Key, b.ArticleId });
        builder.HasIndex(b => b.ArticleId);
        builder.HasOne<Article>().WithMany().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
