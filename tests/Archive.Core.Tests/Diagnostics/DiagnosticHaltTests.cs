using Archive.Core.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Diagnostics;

/// <summary>The crash-safety drill setting: off unless set, exact when set, and a typo stops the start rather than being ignored.</summary>
public sealed class DiagnosticHaltTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_unset_value_never_halts(string? value)
    {
        var halt = DiagnosticHalt.Parse(value, NullLogger.Instance);

        Assert.False(halt.Enabled);
        halt.Reached(HaltPoint.AfterImportBatch);
    }

    [Theory]
    [InlineData("after-import-batch")]
    [InlineData("after-import-batch:0")]
    [InlineData("after-import-batch:-1")]
    [InlineData("after-import-batch:two")]
    [InlineData("after-every-batch:2")]
    public void A_malformed_value_is_refused_with_the_points_it_knows(string value)
    {
        var error = Assert.Throws<FormatException>(() => DiagnosticHalt.Parse(value, NullLogger.Instance));

        Assert.Contains("after-import-batch, after-index-batch, before-bulk-tag-commit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_points_and_earlier_occurrences_pass_through()
    {
        var halt = DiagnosticHalt.Parse("after-index-batch:3", NullLogger.Instance);

        Assert.True(halt.Enabled);
        halt.Reached(HaltPoint.AfterImportBatch);
        halt.Reached(HaltPoint.BeforeBulkTagCommit);
        halt.Reached(HaltPoint.AfterIndexBatch);
        halt.Reached(HaltPoint.AfterIndexBatch);
        // The third would block this thread for good; the crash tests cover it in a child process.
    }
}
