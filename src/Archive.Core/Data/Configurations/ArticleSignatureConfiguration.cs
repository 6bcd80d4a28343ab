using Archive.Core.Articles;
using Archive.Core.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class ArticleSignatureConfiguration : IEntityTypeConfiguration<ArticleSignature>
{
    public void Configure(EntityTypeBuilder<ArticleSignature> builder)
    {
        builder.HasKey(s => s.ArticleId);
        builder.Property(s => s.ArticleId).ValueGeneratedNever();
        builder.Property(s => s.ContentHash).HasMaxLength(Article.ContentHashLength);
        builder.HasOne<Article>().WithOne().HasForeignKey<ArticleSignature>(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
