namespace Archive.Web.Accounts;

public static class ArchiveRoles
{
    public const string Editor = "Editor";

    /// <summary>Everything an editor does, plus managing accounts.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];

    /// <summary>The canonical spelling of a role typed in any case, or null.</summary>
    public static string? Parse(string? text) =>
        All.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}

public static class ArchivePolicies
{
    /// <summary>Editors and admins: tag articles and curate the vocabulary.</summary>
    public const string Editor = "Editor";

    public const string Admin = "Admin";
}
