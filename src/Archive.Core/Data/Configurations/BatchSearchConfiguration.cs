using Archive.Core.Research;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class BatchSearchConfiguration : IEntityTypeConfiguration<BatchSearch>
{
    public void Configure(EntityTypeBuilder<BatchSearch> builder)
    {
        builder.ToTable("BatchSearches");
        builder.Property(b => b.UserId).HasMaxLength(450);
        builder.Ignore(b => b.Finished);
        builder.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BatchSearchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.UserId, b.Id });
        builder.HasIndex(b => b.Status);
    }
}
