using Microsoft.Extensions.Options;

namespace Archive.Core;

/// <summary>
/// Start-up validation for options that can name their own problem: the start fails with the setting at fault
/// and the range it takes, not a message that lists every setting the section has.
/// </summary>
public sealed class ProblemValidation<TOptions>(Func<TOptions, string?> problem) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        problem(options) is { } message ? ValidateOptionsResult.Fail(message) : ValidateOptionsResult.Success;
}
