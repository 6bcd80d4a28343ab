using Archive.Core.Research;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class BatchSearchLineConfiguration : IEntityTypeConfiguration<BatchSearchLine>
{
    public void Configure(EntityTypeBuilder<BatchSearchLine> builder)
    {
        builder.ToTable("BatchSearchLines");
        builder.Property(l => l.Query).HasMaxLength(SavedSearch.QueryMaxLength);
        builder.Property(l => l.Warnings).HasMaxLength(500);
        builder.HasIndex(l => new { l.BatchSearchId, l.Line });
    }
}
