using System.Text.Json;

namespace Archive.Core.Importing;

/// <summary>
/// How the arguments of a coded reason (an import reason, an upload refusal) are stored beside its code,
/// so the reader's language can word them later.
/// </summary>
public static class ReasonArguments
{
    public static string ToJson(IReadOnlyList<string> arguments) => JsonSerializer.Serialize(arguments);

    /// <summary>Stored arguments read back; empty when there are none or they do not parse.</summary>
    public static IReadOnlyList<string> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return [];
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
