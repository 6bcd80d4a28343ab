using Archive.Core.Importing;
using Archive.Web.Cli;

namespace Archive.Web.Tests.Cli;

public sealed class ProgressBarTests
{
    [Fact]
    public void The_bar_is_redrawn_in_place_only_when_the_percentage_moves_and_ends_its_line()
    {
        using var terminal = new StringWriter();
        var bar = new ImportCommand.ProgressBar(terminal);

        for (var done = 1; done <= 1000; done++)
            bar.Report(new ImportProgress(done, 1000, done - 1, 1, 0));
        bar.Finish();

        var output = terminal.ToString();
        var redraws = output.Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(101, redraws.Length); // 0 %, 1 %, …, 100 %
        Assert.Equal("[##############################] 100% 1000/1000 files, 999 imported, 1 duplicates, 0 failed" + Environment.NewLine, redraws[^1]);
        Assert.DoesNotContain('\n', string.Concat(redraws[..^1]));
    }

    [Fact]
    public void The_bar_fills_in_proportion_to_the_files_done()
    {
        Assert.Equal(
            "[###############...............]  50% 5/10 files, 4 imported, 0 duplicates, 1 failed",
            ImportCommand.ProgressBar.Render(new ImportProgress(5, 10, 4, 0, 1)));
    }
}
