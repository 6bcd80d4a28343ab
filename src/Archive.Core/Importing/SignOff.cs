using System.Text.RegularExpressions;

namespace Archive.Core.Importing;

/// <summary>
/// A wire's closing credit on a line of its own ("Reuter", "(EFE)"): removed as noise under
/// <see cref="WireConventions.SignOffRule"/>, and evidence of the agency that filed the story.
/// The pattern is matched against the folded line (lower-case, no accents), whole.
/// </summary>
public sealed record SignOff(string Agency, string Pattern)
{
    internal Regex Regex { get; } = new(Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
}
