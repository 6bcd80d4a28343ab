using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.ToTable("Tags");
        builder.Property(t => t.Slug).HasMaxLength(Tag.SlugMaxLength);
        builder.Property(t => t.LabelEs).HasMaxLength(Tag.LabelMaxLength);
        builder.Property(t => t.LabelEn).HasMaxLength(Tag.LabelMaxLength);
        builder.Property(t => t.LabelEsKey).HasMaxLength(Tag.LabelMaxLength);
        builder.Property(t => t.LabelEnKey).HasMaxLength(Tag.LabelMaxLength);
        builder.Property(t => t.Description).HasMaxLength(Tag.DescriptionMaxLength);
        builder.Property(t => t.CreatedBy).HasMaxLength(450);
        builder.Property(t => t.UpdatedBy).HasMaxLength(450);
        builder.Property(t => t.Version).IsConcurrencyToken();

        builder.HasIndex(t => t.Slug).IsUnique();
        // The folded keys carry the "unique per language, ignoring case and accents" rule.
        builder.HasIndex(t => t.LabelEsKey).IsUnique();
        builder.HasIndex(t => t.LabelEnKey).IsUnique();
    }
}
