using Archive.Core.Search;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Web.Search;

/// <summary>
/// <c>&lt;vc:top-words words="…" search="…" /&gt;</c>: a result set's characteristic words, each a link that
/// narrows <paramref name="search"/> to it, with what they were computed on (all results or a sample).
/// </summary>
public sealed class TopWordsViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(TopWords words, SearchRequest search) => View(new TopWordsList(words, search));
}
