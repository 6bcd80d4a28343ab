using Archive.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> builder)
    {
        builder.ToTable("Entities");
        // Stored by name, so the database reads like the API ("person", not 0).
        builder.Property(e => e.Type).HasConversion(t => t.Name(), s => ParseType(s)).HasMaxLength(16);
        builder.Property(e => e.Key).HasMaxLength(Entity.KeyMaxLength);
        builder.Property(e => e.Slug).HasMaxLength(Entity.SlugMaxLength);
        builder.Property(e => e.LabelEs).HasMaxLength(Entity.LabelMaxLength);
        builder.Property(e => e.LabelEn).HasMaxLength(Entity.LabelMaxLength);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.HasIndex(e => new { e.Type, e.Slug }).IsUnique();
    }

    private static EntityType ParseType(string name) => EntityTypes.TryParse(name, out var type) ? type : EntityType.Organization;
}
