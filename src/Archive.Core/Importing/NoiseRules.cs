namespace Archive.Core.Importing;

/// <summary>
/// The reviewable cleaning rules shared by every format: each rule has a name (recorded with
/// every line it removes) and decides whether a whole line is scraping noise.
/// </summary>
public sealed class NoiseRules
{
    private readonly List<string> _ruleNames = [];

    public static NoiseRules Default { get; } = new();

    /// <summary>The name of the first rule that marks this line as noise, or null for real text.</summary>
    public string? Match(string line)
    {
        _ = (line, _ruleNames);
        throw new NotImplementedException("Being written: see the importer brief.");
    }
}
