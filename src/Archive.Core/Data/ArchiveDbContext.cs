using Archive.Core.Articles;
using Archive.Core.Entities;
using Archive.Core.Copies;
using Archive.Core.Importing;
using Archive.Core.Research;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Data;

/// <summary>
/// The archive's model, and as itself the SQLite context (its migrations are in <c>Data/Migrations</c>).
/// PostgreSQL uses <see cref="PostgreSQL.PostgresArchiveDbContext"/>, with its own migrations: EF Core
/// keeps one set of migrations per context type.
/// </summary>
public class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<ImportRunFile> ImportRunFiles => Set<ImportRunFile>();
    public DbSet<SearchOutboxEntry> SearchOutbox => Set<SearchOutboxEntry>();
    public DbSet<SearchNode> SearchNodes => Set<SearchNode>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<TagSlugRedirect> TagSlugRedirects => Set<TagSlugRedirect>();
    public DbSet<TagChange> TagChanges => Set<TagChange>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();
    public DbSet<BatchSearch> BatchSearches => Set<BatchSearch>();
    public DbSet<BatchSearchLine> BatchSearchLines => Set<BatchSearchLine>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<ArticleEntity> ArticleEntities => Set<ArticleEntity>();
    public DbSet<ArticleSignature> ArticleSignatures => Set<ArticleSignature>();
    public DbSet<CopyBand> CopyBands => Set<CopyBand>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no time zone type; everything is stored as UTC and read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
