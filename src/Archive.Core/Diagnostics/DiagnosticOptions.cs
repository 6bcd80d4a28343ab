namespace Archive.Core.Diagnostics;

/// <summary>The <c>Archive:Diagnostics</c> section: fault drills for the crash-safety tests, never set on a server.</summary>
public sealed class DiagnosticOptions
{
    public const string SectionName = "Archive:Diagnostics";

    /// <summary><c>point:N</c>, read by <see cref="DiagnosticHalt.Parse"/>; unset, nothing halts.</summary>
    public string? HaltAt { get; set; }
}
