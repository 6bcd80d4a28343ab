using Archive.Core.Importing;

namespace Archive.Core.Tests.Importing;

public sealed class ContentHashTests
{
    [Fact]
    public void Whitespace_and_unicode_normalization_do_not_change_the_hash()
    {
        var hash = ContentHash.Compute("Rusia y Corea", ["El pacto se firmó.", "Kim sonrió."]);

        Assert.Equal(hash, ContentHash.Compute(" Rusia  y\tCorea ", ["El pacto se firmo\u0301.", "Kim  sonrió. "]));
    }

    [Fact]
    public void Different_text_or_a_different_title_changes_the_hash()
    {
        var hash = ContentHash.Compute("Rusia y Corea", ["El pacto se firmó."]);

        Assert.NotEqual(hash, ContentHash.Compute("Rusia y Corea", ["El pacto no se firmó."]));
        Assert.NotEqual(hash, ContentHash.Compute("Corea y Rusia", ["El pacto se firmó."]));
        Assert.NotEqual(hash, ContentHash.Compute("Rusia y Corea", ["El pacto", "se firmó."]));
    }
}
