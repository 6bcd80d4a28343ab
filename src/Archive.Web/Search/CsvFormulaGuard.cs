namespace Archive.Web.Search;

/// <summary>
/// Keeps a spreadsheet from running an exported cell as a formula (OWASP "CSV injection"): article
/// text is scraped from anywhere, so a title "=HYPERLINK(…)" must open as text. A cell that starts
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe,
/// which spreadsheets take as "this is text" and which a reader sees past; nothing else changes.
/// </summary>
public static class CsvFormulaGuard
{
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }
}
