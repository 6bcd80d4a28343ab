namespace Archive.Benchmarks.Entities;

/// <summary>Micro-averaged counts: true positives, predictions, gold entities.</summary>
public sealed class EntityScore
{
    public int Matched { get; set; }
    public int Predicted { get; set; }
    public int Gold { get; set; }

    public double Precision => Predicted == 0 ? 0 : Matched / (double)Predicted;
    public double Recall => Gold == 0 ? 0 : Matched / (double)Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
