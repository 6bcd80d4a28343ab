namespace Archive.Web.Resources;

/// <summary>Anchor type for the UI strings in SharedResource.es.resx and SharedResource.en.resx.</summary>
public sealed class SharedResource;
