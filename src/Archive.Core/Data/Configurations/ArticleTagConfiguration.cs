using Archive.Core.Articles;
using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> builder)
    {
        builder.ToTable("ArticleTags");
        builder.HasKey(at => new { at.ArticleId, at.TagId });
        builder.Property(at => at.TaggedBy).HasMaxLength(450);
        // The key serves "tags of an article"; this one serves "articles with a tag" and counts.
        builder.HasIndex(at => new { at.TagId, at.ArticleId });

        builder.HasOne<Article>().WithMany().HasForeignKey(at => at.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(at => at.Tag).WithMany().HasForeignKey(at => at.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
