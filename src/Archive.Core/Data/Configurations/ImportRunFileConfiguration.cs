using Archive.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class ImportRunFileConfiguration : IEntityTypeConfiguration<ImportRunFile>
{
    public void Configure(EntityTypeBuilder<ImportRunFile> builder)
    {
        builder.Property(f => f.Path).HasMaxLength(1000);
        builder.Property(f => f.Reason).HasMaxLength(2000);
        builder.Property(f => f.RefusalCode).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.RefusalArguments).HasMaxLength(2000);
        builder.Property(f => f.ReasonCode).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.ReasonArguments).HasMaxLength(2000);
        builder.HasIndex(f => new { f.ImportRunId, f.Id });
    }
}
