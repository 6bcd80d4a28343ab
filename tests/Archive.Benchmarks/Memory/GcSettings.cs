namespace Archive.Benchmarks.Memory;

/// <summary>The collector's settings as this process runs with them, for the report beside the peaks they explain.</summary>
public static class GcSettings
{
    private static readonly string[] _shown = ["ServerGC", "ConcurrentGC", "HeapCount", "DynamicAdaptationMode", "ConserveMemory", "GCConserveMem", "HeapHardLimit", "GCHeapAffinitizeMask", "NoAffinitize", "Gen0Size", "Gen0MaxBudget", "GCGen0MaxBudget"];

    public static string Describe()
    {
        var variables = GC.GetConfigurationVariables();
        return string.Join(", ", _shown.Where(variables.ContainsKey).Select(k => $"{k}={variables[k]}"));
    }
}
