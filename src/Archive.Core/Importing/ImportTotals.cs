namespace Archive.Core.Importing;

/// <summary>A run's running counts, added to as each batch commits.</summary>
internal sealed class ImportTotals(int imported = 0, int duplicates = 0, int failed = 0)
{
    public int Imported { get; private set; } = imported;
    public int Duplicates { get; private set; } = duplicates;
    public int Failed { get; private set; } = failed;

    public void Add(ImportFileOutcome outcome)
    {
        switch (outcome)
        {
            case ImportFileOutcome.Imported:
                Imported++;
                break;
            case ImportFileOutcome.Duplicate:
                Duplicates++;
                break;
            default:
                Failed++;
                break;
        }
    }
}
