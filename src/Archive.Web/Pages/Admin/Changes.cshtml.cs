using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Admin;

/// <summary>The audit trail of tags and taggings, newest first, filtered by account, tag and kind of change.</summary>
public sealed class ChangesModel(TagService tags, UserAccounts accounts) : PageModel
{
    public const int PageSize = 50;

    public TagChangePage Changes { get; private set; } = null!;

    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];

    public string? User_ { get; private set; }

    public string? Tag { get; private set; }

    public TagChangeKind? Kind { get; private set; }

    public bool UnknownTag { get; private set; }

    public async Task OnGetAsync(string? user, string? tag, TagChangeKind? kind, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        User_ = string.IsNullOrWhiteSpace(user) ? null : user;
        Tag = string.IsNullOrWhiteSpace(tag) ? null : tag;
        Kind = kind is { } k && Enum.IsDefined(k) ? k : null;
        Accounts = await accounts.ListAsync();
        var found = Tag is null ? null : await tags.FindBySlugAsync(Tag, cancellationToken);
        UnknownTag = Tag is not null && found is null;
        Changes = UnknownTag
            ? new TagChangePage([], 1, PageSize, false)
            : await tags.RecentChangesAsync(new TagChangeFilter(User_, found?.Tag.Id, Kind), Math.Max(pageNumber ?? 1, 1), PageSize, cancellationToken);
    }
}
