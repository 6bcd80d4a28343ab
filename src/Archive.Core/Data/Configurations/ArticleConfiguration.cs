using Archive.Core.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength);
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
        builder.Property(a => a.Language).HasMaxLength(Article.LanguageMaxLength);
        builder.Property(a => a.Lead).HasMaxLength(Article.LeadMaxLength);
        builder.Property(a => a.SourceFile).HasMaxLength(Article.SourceFileMaxLength);
        builder.Property(a => a.ContentHash).HasMaxLength(Article.ContentHashLength);
        builder.Property(a => a.Byline).HasMaxLength(Article.BylineMaxLength);
        builder.Property(a => a.CanonicalUrl).HasMaxLength(Article.CanonicalUrlMaxLength);
        builder.Property(a => a.DatelinePlace).HasMaxLength(Article.DatelinePlaceMaxLength);
        builder.Property(a => a.DatelineText).HasMaxLength(Article.DatelineTextMaxLength);
        builder.HasIndex(a => a.CanonicalUrl);

        builder.HasIndex(a => a.ContentHash).IsUnique();
        // The home page lists newest imports first, optionally filtered by language or outlet.
        builder.HasIndex(a => new { a.ImportedAt, a.Id });
        builder.HasIndex(a => new { a.Language, a.ImportedAt, a.Id });
        builder.HasIndex(a => new { a.OutletId, a.ImportedAt, a.Id });
        builder.HasIndex(a => a.PublishedAt);
        builder.HasIndex(a => a.StoryId);

        builder.HasOne(a => a.Outlet).WithMany().HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.ImportRun).WithMany().HasForeignKey(a => a.ImportRunId).OnDelete(DeleteBehavior.SetNull);

        builder.OwnsMany(a => a.RemovedLines, b => b.ToJson());
    }
}
