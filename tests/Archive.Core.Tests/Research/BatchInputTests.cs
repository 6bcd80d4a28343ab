using Archive.Core.Research;

namespace Archive.Core.Tests.Research;

public sealed class BatchInputTests
{
    [Fact]
    public void Plain_text_takes_each_line_whole_and_keeps_the_numbers_of_the_file()
    {
        var lines = BatchInput.Parse("\uFEFFputin, kim\r\n\r\n  \"Corea del Norte\" lang:es  \n\ntitle:rusia", csv: false);

        Assert.Equal(
            [new BatchInputLine(1, "putin, kim"), new BatchInputLine(3, "\"Corea del Norte\" lang:es"), new BatchInputLine(5, "title:rusia")],
            lines);
    }

    [Fact]
    public void Csv_takes_the_first_field_skips_a_query_header_and_undoes_doubled_quotes()
    {
        var lines = BatchInput.Parse("query,note\r\nputin,first\r\n\"kim, jong\",second\r\n\"\"\"Corea del Norte\"\"\"\r\ntitle:\"rusia\" putin\r\n", csv: true);

        Assert.Equal(
            [new BatchInputLine(2, "putin"), new BatchInputLine(3, "kim, jong"), new BatchInputLine(4, "\"Corea del Norte\""), new BatchInputLine(5, "title:\"rusia\" putin")],
            lines);
    }

    [Fact]
    public void An_open_quote_in_csv_spoils_only_its_own_line()
    {
        var lines = BatchInput.Parse("putin\n\"sin cerrar, kim\nrusia\n\"al final", csv: true);

        Assert.Equal(
            [
                new BatchInputLine(1, "putin"),
                new BatchInputLine(2, "sin cerrar, kim", BatchLineFailure.MalformedCsv),
                new BatchInputLine(3, "rusia"),
                new BatchInputLine(4, "al final", BatchLineFailure.MalformedCsv),
            ],
            lines);
    }

    [Fact]
    public void A_header_only_counts_as_one_on_the_first_line_and_a_later_query_line_is_a_query()
    {
        var lines = BatchInput.Parse("putin\nquery\n", csv: true);

        Assert.Equal([new BatchInputLine(1, "putin"), new BatchInputLine(2, "query")], lines);
    }

    [Fact]
    public void A_query_over_the_length_limit_is_reported_not_cut_silently()
    {
        var line = Assert.Single(BatchInput.Parse(new string('a', SavedSearch.QueryMaxLength + 1), csv: false));

        Assert.Equal(BatchLineFailure.TooLong, line.Failure);
    }
}
