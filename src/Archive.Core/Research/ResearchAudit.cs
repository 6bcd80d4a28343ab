using Archive.Core.Tagging;

namespace Archive.Core.Research;

/// <summary>Rows for the change log the admin already reads (<see cref="TagChange"/>), written in the same save as the change.</summary>
internal static class ResearchAudit
{
    public static TagChange Change(TagActor actor, DateTime at, TagChangeKind kind, TagChangeDetails details) => new()
    {
        At = at,
        UserId = actor.UserId,
        UserName = actor.UserName,
        Kind = kind,
        Details = details.ToJson(),
    };
}
