using Archive.Core.Search;

namespace Archive.Core.Research;

/// <summary>One hit of one line of a batch, for the download of all hits.</summary>
public sealed record BatchSearchHit(int Line, string Query, ExportRow Article);
