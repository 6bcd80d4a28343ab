using Archive.Core.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.Property(a => a.Lead).HasMaxLength(400);
        builder.Property(a => a.SourceFile).HasMaxLength(1000);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.Byline).HasMaxLength(500);
        builder.Property(a => a.CanonicalUrl).HasMaxLength(2000);
        builder.HasIndex(a => a.CanonicalUrl);

        builder.HasIndex(a => a.ContentHash).IsUnique();
        // The home page lists newest imports first, optionally filtered by language or outlet.
        builder.HasIndex(a => new { a.ImportedAt, a.Id });
        builder.HasIndex(a => new { a.Language, a.ImportedAt, a.Id });
        builder.HasIndex(a => new { a.OutletId, a.ImportedAt, a.Id });
        builder.HasIndex(a => a.PublishedAt);

        builder.HasOne(a => a.Outlet).WithMany().HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.ImportRun).WithMany().HasForeignKey(a => a.ImportRunId).OnDelete(DeleteBehavior.SetNull);

        builder.OwnsMany(a => a.RemovedLines, b => b.ToJson());
    }
}
