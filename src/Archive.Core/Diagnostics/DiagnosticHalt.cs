using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Diagnostics;

/// <summary>
/// Stops the process at an exact point so the crash-safety tests can kill it there (SIGKILL) and check
/// what survives. Setting <c>Archive:Diagnostics:HaltAt=after-import-batch:2</c> makes the process log
/// "Diagnostics: halted at after-import-batch 2" once the second import batch has committed, and then
/// wait forever for its killer. Off unless set; the setting exists for tests and fault drills, and a
/// production server must never have it.
/// </summary>
public sealed class DiagnosticHalt
{
    public const string SettingKey = "Archive:Diagnostics:HaltAt";
    public const string LogMarker = "Diagnostics: halted at";

    private static readonly Dictionary<string, HaltPoint> _names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["after-import-batch"] = HaltPoint.AfterImportBatch,
        ["after-index-batch"] = HaltPoint.AfterIndexBatch,
        ["before-bulk-tag-commit"] = HaltPoint.BeforeBulkTagCommit,
    };

    private readonly HaltPoint? _point;
    private readonly int _occurrence;
    private readonly ILogger _logger;
    private int _reached;

    private DiagnosticHalt(HaltPoint? point, int occurrence, ILogger logger)
    {
        _point = point;
        _occurrence = occurrence;
        _logger = logger;
    }

    /// <summary>Never halts.</summary>
    public static DiagnosticHalt Off { get; } = new(null, 0, NullLogger.Instance);

    public bool Enabled => _point is not null;

    /// <summary>
    /// Reads a setting value <c>point:N</c> (N ≥ 1, the N-th time the point is reached in this process).
    /// Null or blank is <see cref="Off"/>; anything else unreadable throws, so a mistyped drill fails at start, not silently.
    /// </summary>
    public static DiagnosticHalt Parse(string? value, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrWhiteSpace(value))
            return Off;
        if (!TryRead(value, out var point, out var occurrence))
            throw new FormatException($"{FormatHint} Got '{value}'.");
        logger.LogWarning("{Setting} = {Value}: this process halts at that point and waits to be killed", SettingKey, value);
        return new DiagnosticHalt(point, occurrence, logger);
    }

    /// <summary>What the setting takes, for the start-up validation message.</summary>
    public static string FormatHint { get; } =
        $"{SettingKey} must be <point>:<N> with point one of {string.Join(", ", _names.Keys)} and N ≥ 1.";

    /// <summary>Unset, or a value <see cref="Parse"/> reads.</summary>
    public static bool IsValid(string? value) => string.IsNullOrWhiteSpace(value) || TryRead(value, out _, out _);

    private static bool TryRead(string value, out HaltPoint point, out int occurrence)
    {
        point = default;
        occurrence = 0;
        var parts = value.Split(':', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && _names.TryGetValue(parts[0], out point)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out occurrence)
            && occurrence >= 1;
    }

    /// <summary>Called at the point; blocks the calling thread for good when it is the configured occurrence.</summary>
    public void Reached(HaltPoint point)
    {
        if (point != _point || Interlocked.Increment(ref _reached) != _occurrence)
            return;
        var name = _names.First(n => n.Value == point).Key;
        _logger.LogWarning(LogMarker + " {Point} {Occurrence}", name, _occurrence);
        Thread.Sleep(Timeout.Infinite);
    }
}
