using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene40;
using Lucene.Net.Codecs.Lucene46;

namespace Archive.Core.Search;

/// <summary>
/// Lucene 4.6's codec with stored fields kept uncompressed. Every hit on a results page reads its
/// stored title and paragraphs for the snippet; with the default LZ4 chunks, Lucene.NET decompressed
/// up to 16 KB byte by byte per hit, which was a third of a search's CPU at 100,000 articles
/// (dotnet-trace, issue 7). The price is a larger stored-fields file, read through the OS page cache.
/// </summary>
[CodecName(CodecName)]
public sealed class ArchiveCodec : FilterCodec
{
    public const string CodecName = "Archive1";

    private readonly StoredFieldsFormat _storedFields = new Lucene40StoredFieldsFormat();

    public ArchiveCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <summary>Readers find a segment's codec by the name written in it, so the name must be known before any index opens.</summary>
    internal static void Register() => _ = Registration.Done;

    private static class Registration
    {
        public static readonly bool Done = RegisterOnce();

        private static bool RegisterOnce()
        {
            Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ArchiveCodec)] });
            return true;
        }
    }
}
