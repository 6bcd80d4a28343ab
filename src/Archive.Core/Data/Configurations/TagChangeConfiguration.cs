using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class TagChangeConfiguration : IEntityTypeConfiguration<TagChange>
{
    public void Configure(EntityTypeBuilder<TagChange> builder)
    {
        builder.ToTable("TagChanges");
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.UserName).HasMaxLength(256);
        builder.Property(c => c.TagSlug).HasMaxLength(Tag.SlugMaxLength);
        builder.Property(c => c.Details).HasMaxLength(4000);

        // The unfiltered feed lists summaries only; a partial index keeps bulk actions' per-article rows out of its scan.
        builder.HasIndex(c => new { c.At, c.Id }).HasFilter("\"ParentId\" IS NULL").HasDatabaseName("IX_TagChanges_At_Summaries");
        builder.HasIndex(c => new { c.TagId, c.At });
        builder.HasIndex(c => new { c.RelatedTagId, c.At });
        builder.HasIndex(c => new { c.ArticleId, c.At });
        builder.HasIndex(c => new { c.UserId, c.At });
    }
}
