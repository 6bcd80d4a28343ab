using Archive.Core.Tagging;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Tags.Manage;

/// <summary>The vocabulary for editors: every tag with its count, and a form to create one.</summary>
public sealed class IndexModel(TagService tags) : PageModel
{
    public IReadOnlyList<TagListItem> Tags { get; private set; } = [];

    public TagEditCode? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tags = await tags.ListTagsAsync(TagListSort.LabelEs, cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? labelEs, string? labelEn, string? description, CancellationToken cancellationToken)
    {
        var result = await tags.CreateAsync(labelEs ?? "", labelEn ?? "", description, EditorActor.Of(User), cancellationToken);
        if (result.Succeeded)
            return Redirect($"/tags/manage/{result.Tag!.Id}");
        Problem = result.Code;
        Tags = await tags.ListTagsAsync(TagListSort.LabelEs, cancellationToken);
        return Page();
    }
}
