using System.Security.Claims;
using Archive.Core.Tagging;

namespace Archive.Web.Tagging;

public static class EditorActor
{
    /// <summary>The signed-in account as the audit trail records it.</summary>
    public static TagActor Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");
        return new TagActor(id, user.Identity?.Name ?? id);
    }
}
