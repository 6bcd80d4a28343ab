using Archive.Core.Tagging;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Pages.Tags;

/// <summary>The whole vocabulary with article counts, by label (in the reader's language) or by count.</summary>
[OutputCache(PolicyName = ArchiveOutputCache.PagesPolicy)]
public sealed class IndexModel(TagService tags) : PageModel
{
    public IReadOnlyList<TagListItem> Tags { get; private set; } = [];

    public string Sort { get; private set; } = "label";

    public async Task OnGetAsync(string? sort, CancellationToken cancellationToken)
    {
        Sort = sort == "count" ? "count" : "label";
        var order = Sort == "count"
            ? TagListSort.ArticleCount
            : System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? TagListSort.LabelEn : TagListSort.LabelEs;
        Tags = await tags.ListTagsAsync(order, cancellationToken);
    }
}
