using Archive.Core.Tagging;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Tags.Manage;

/// <summary>One tag: edit labels and description (guarded by its version), rename, merge into another, delete after confirming.</summary>
public sealed class EditModel(TagService tags) : PageModel
{
    public TagDetails Tag { get; private set; } = null!;

    public IReadOnlyList<TagListItem> Others { get; private set; } = [];

    public TagEditCode? Problem { get; private set; }

    public bool ConfirmingDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool confirmDelete, CancellationToken cancellationToken)
    {
        ConfirmingDelete = confirmDelete;
        return await ShowAsync(id, null, cancellationToken);
    }

    public Task<IActionResult> OnPostEditAsync(int id, int version, string? labelEs, string? labelEn, string? description, CancellationToken cancellationToken) =>
        AfterAsync(id, tags.EditAsync(id, version, labelEs ?? "", labelEn ?? "", description, EditorActor.Of(User), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(int id, string? slug, CancellationToken cancellationToken) =>
        AfterAsync(id, tags.RenameAsync(id, slug, EditorActor.Of(User), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(int id, int targetId, CancellationToken cancellationToken)
    {
        var result = await tags.MergeAsync(id, targetId, EditorActor.Of(User), cancellationToken);
        return result.Succeeded ? Redirect($"/tags/manage/{targetId}") : await ShowAsync(id, result.Code, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var result = await tags.DeleteAsync(id, EditorActor.Of(User), cancellationToken);
        return result.Succeeded ? Redirect("/tags/manage") : await ShowAsync(id, result.Code, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, Task<TagEditResult> command, CancellationToken cancellationToken)
    {
        var result = await command;
        return result.Succeeded ? Redirect($"/tags/manage/{id}") : await ShowAsync(id, result.Code, cancellationToken);
    }

    /// <summary>On a conflict the form is rebuilt from the tag as it is now, with its new version.</summary>
    private async Task<IActionResult> ShowAsync(int id, TagEditCode? problem, CancellationToken cancellationToken)
    {
        var tag = await tags.FindByIdAsync(id, cancellationToken);
        if (tag is null)
            return NotFound();
        Tag = tag;
        Problem = problem;
        Others = [.. (await tags.ListTagsAsync(TagListSort.LabelEs, cancellationToken)).Where(t => t.Id != id)];
        return Page();
    }
}
