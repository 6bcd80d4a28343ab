using Archive.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class SearchNodeConfiguration : IEntityTypeConfiguration<SearchNode>
{
    public void Configure(EntityTypeBuilder<SearchNode> builder)
    {
        builder.ToTable("SearchNodes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(SearchNode.IdMaxLength);
    }
}
