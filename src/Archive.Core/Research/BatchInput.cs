using System.Text;

namespace Archive.Core.Research;

/// <summary>
/// Reads a batch: plain text (one query per line, taken whole) or CSV (the first field of each record,
/// RFC 4180 quoting, so a query may hold commas or quotes; a first record reading "query" is a header).
/// Blank lines are skipped but still counted, so every line number matches the file the researcher has.
/// </summary>
public static class BatchInput
{
    public static IReadOnlyList<BatchInputLine> Parse(string body, bool csv)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = new List<BatchInputLine>();
        if (body.Length > 0 && body[0] == '\uFEFF')
            body = body[1..];
        if (!csv)
        {
            var number = 0;
            foreach (var raw in body.Split('\n'))
            {
                number++;
                var query = raw.TrimEnd('\r').Trim();
                if (query.Length > 0)
                    lines.Add(Checked(number, query));
            }
            return lines;
        }

        var position = 0;
        var lineNumber = 1;
        var first = true;
        while (position < body.Length)
        {
            var start = lineNumber;
            var (field, malformed) = ReadRecord(body, ref position, ref lineNumber);
            var query = field.Trim();
            if (first && !malformed && string.Equals(query, "query", StringComparison.OrdinalIgnoreCase))
            {
                first = false;
                continue;
            }
            first = false;
            if (malformed)
                lines.Add(new BatchInputLine(start, query, BatchLineFailure.MalformedCsv));
            else if (query.Length > 0)
                lines.Add(Checked(start, query));
        }
        return lines;
    }

    private static BatchInputLine Checked(int line, string query) =>
        query.Length > SavedSearch.QueryMaxLength
            ? new BatchInputLine(line, query[..SavedSearch.QueryMaxLength], BatchLineFailure.TooLong)
            : new BatchInputLine(line, query);

    /// <summary>The first field of the record at <paramref name="position"/>; the rest of the record is skipped.</summary>
    private static (string Field, bool Malformed) ReadRecord(string body, ref int position, ref int lineNumber)
    {
        var field = new StringBuilder();
        var inFirstField = true;
        var quoted = false;
        var atFieldStart = true;
        while (position < body.Length)
        {
            var c = body[position++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (position < body.Length && body[position] == '"')
                    {
                        if (inFirstField)
                            field.Append('"');
                        position++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c == '\n')
                {
                    // A query never spans lines: an unclosed quote spoils its own line, not the rest of the file.
                    lineNumber++;
                    return (field.ToString(), true);
                }
                else if (c != '\r' && inFirstField)
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    break;
                case ',':
                    inFirstField = false;
                    atFieldStart = true;
                    break;
                case '\n':
                    lineNumber++;
                    return (field.ToString(), false);
                case '\r':
                    break;
                default:
                    // A quote inside an unquoted field is kept: `title:"x" putin` reads as typed.
                    atFieldStart = false;
                    if (inFirstField)
                        field.Append(c);
                    break;
            }
        }
        // Reached the end inside quotes: the record never closed.
        return (field.ToString(), quoted);
    }
}
