using Archive.Core.Research;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> builder)
    {
        builder.ToTable("SavedSearches");
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Name).HasMaxLength(SavedSearch.NameMaxLength);
        builder.Property(s => s.Query).HasMaxLength(SavedSearch.QueryMaxLength);
        builder.Property(s => s.FeedKeyHash).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
    }
}
