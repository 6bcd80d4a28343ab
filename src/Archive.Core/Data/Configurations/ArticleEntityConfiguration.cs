using Archive.Core.Articles;
using Archive.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class ArticleEntityConfiguration : IEntityTypeConfiguration<ArticleEntity>
{
    public void Configure(EntityTypeBuilder<ArticleEntity> builder)
    {
        builder.ToTable("ArticleEntities");
        builder.HasKey(ae => new { ae.ArticleId, ae.EntityId });
        builder.Property(ae => ae.Name).HasMaxLength(ArticleEntity.NameMaxLength);
        // The key serves "entities of an article"; this one serves the entity page and co-occurrence.
        builder.HasIndex(ae => new { ae.EntityId, ae.ArticleId });

        builder.HasOne<Article>().WithMany().HasForeignKey(ae => ae.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(ae => ae.Entity).WithMany().HasForeignKey(ae => ae.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
