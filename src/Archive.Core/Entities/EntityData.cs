using System.Reflection;

namespace Archive.Core.Entities;

/// <summary>Reads the embedded data files of Entities/Data: tab-separated lines, '#' comments skipped.</summary>
internal static class EntityData
{
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var assembly = typeof(EntityData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Archive.Core.Entities.Data." + fileName)
            ?? throw new InvalidOperationException($"The entity data file {fileName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            yield return line.Split('\t');
        }
    }
}
