using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class TagSlugRedirectConfiguration : IEntityTypeConfiguration<TagSlugRedirect>
{
    public void Configure(EntityTypeBuilder<TagSlugRedirect> builder)
    {
        builder.ToTable("TagSlugRedirects");
        builder.HasKey(r => r.OldSlug);
        builder.Property(r => r.OldSlug).HasMaxLength(Tag.SlugMaxLength);
        builder.HasIndex(r => r.TagId);
        builder.HasOne<Tag>().WithMany().HasForeignKey(r => r.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
