namespace Archive.Web.Accounts;

public static class ArchiveRoles
{
    /// <summary>Saves searches, runs batch searches and holds API tokens; cannot tag.</summary>
    public const string Researcher = "Researcher";

    public const string Editor = "Editor";

    /// <summary>Everything an editor does, plus managing accounts.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Researcher, Editor, Admin];

    /// <summary>The canonical spelling of a role typed in any case, or null.</summary>
    public static string? Parse(string? text) =>
        All.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}

public static class ArchivePolicies
{
    /// <summary>Editors and admins: tag articles and curate the vocabulary.</summary>
    public const string Editor = "Editor";

    public const string Admin = "Admin";

    /// <summary>Every account: researchers, editors and admins save searches, run batches and hold tokens (signed in).</summary>
    public const string Researcher = "Researcher";

    /// <summary>The same accounts through the JSON API, by API token or sign-in cookie.</summary>
    public const string ResearcherApi = "ResearcherApi";
}
