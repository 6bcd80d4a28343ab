using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Web.Research;

/// <summary>Reads <c>"lang": "es"</c> and <c>"lang": ["es", "en"]</c> alike: one filter value or several.</summary>
internal sealed class OneOrManyConverter : JsonConverter<string[]>
{
    public override string[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return [reader.GetString()!];
            case JsonTokenType.StartArray:
                var values = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                        throw new JsonException("Expected a string or an array of strings.");
                    values.Add(reader.GetString()!);
                }
                return [.. values];
            default:
                throw new JsonException("Expected a string or an array of strings.");
        }
    }

    public override void Write(Utf8JsonWriter writer, string[] value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
