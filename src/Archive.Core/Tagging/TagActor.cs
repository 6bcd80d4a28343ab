namespace Archive.Core.Tagging;

/// <summary>The signed-in editor acting; the name is kept in the audit trail as it was at the time.</summary>
public sealed record TagActor
{
    public TagActor(string userId, string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        UserName = string.IsNullOrWhiteSpace(userName) ? userId : userName.Trim();
    }

    public string UserId { get; }
    public string UserName { get; }
}
