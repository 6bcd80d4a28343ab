using Archive.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.Source).HasMaxLength(2000);
        builder.Property(r => r.StatusReason).HasMaxLength(2000);
        builder.Property(r => r.StatusCode).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.StatusArguments).HasMaxLength(2000);
        builder.Property(r => r.StagingFolder).HasMaxLength(1000);
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => r.StartedAt);
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
