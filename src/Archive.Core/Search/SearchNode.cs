namespace Archive.Core.Search;

/// <summary>
/// One search index fed from this database's outbox (a web node, or the CLI on its own folder), and how far it has
/// applied it. Outbox rows are deleted only once every node seen within the retention has applied them; a node
/// not seen for longer is forgotten, and rebuilds when it comes back. The row named <see cref="PrunedName"/> holds
/// the last outbox row deleted.
/// </summary>
public class SearchNode
{
    public const int IdMaxLength = 64;

    /// <summary>Not a node: its <see cref="AppliedOutboxId"/> is the last outbox row pruned (a node behind it rebuilds).</summary>
    public const string PrunedName = "(pruned)";

    public string Id { get; set; } = "";

    public long AppliedOutboxId { get; set; }

    public DateTime SeenAt { get; set; }
}
