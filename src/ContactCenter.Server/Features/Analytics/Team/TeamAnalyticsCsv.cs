using System.Globalization;
using System.Text;
using ContactCenter.Contracts.Analytics;

namespace ContactCenter.Server.Features.Analytics.Team;

/// <summary>
/// The page's figures as CSV (RFC 4180): one row for the selection, one per agent, one per day, the
/// same numbers as the API (durations in seconds to the tick, rates in percent), empty where the
/// page shows "—". Every cell is quoted and a leading formula character neutralised, as in the
/// customer export: an agent's name is text a spreadsheet must never run.
/// </summary>
internal static class TeamAnalyticsCsv
{
    private static readonly string[] Header =
    [
        "row", "name", "date", "volume", "backlog", "answered", "abandoned", "abandonment_percent", "transferred", "transfer_percent",
        "first_response_seconds", "first_responses", "average_response_seconds", "responses", "resolution_seconds", "resolved",
        "handle_seconds", "handled", "csat_percent", "average_rating", "ratings",
    ];

    public static string Write(TeamAnalyticsDto a)
    {
        var csv = new StringBuilder();
        csv.AppendLine(Row(Header));
        csv.AppendLine(Row(["total", "", "", N(a.Volume), N(a.Backlog), N(a.Answered), N(a.Abandoned), N(a.AbandonmentPercent), N(a.Transferred), N(a.TransferPercent), .. Figures(a.Figures)]));
        foreach (var agent in a.Agents)
        {
            csv.AppendLine(Row(["agent", agent.Name, "", "", "", N(agent.Answered), "", "", N(agent.Transferred), "", .. Figures(agent.Figures)]));
        }

        foreach (var day in a.Days)
        {
            csv.AppendLine(Row(["day", "", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(day.Volume), "", "", "", "", "", "",
                "", "", "", "", "", N(day.ResolvedCount), "", "", N(day.CsatPercent), N(day.AverageRating), N(day.RatingCount)]));
        }

        return csv.ToString();
    }

    private static string[] Figures(TeamFiguresDto f) =>
    [
        S(f.FirstResponseTime), N(f.FirstResponseCount), S(f.AverageResponseTime), N(f.ResponseCount), S(f.ResolutionTime), N(f.ResolvedCount),
        S(f.HandleTime), N(f.HandledCount), N(f.CsatPercent), N(f.AverageRating), N(f.RatingCount),
    ];

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    // Round-trip: the reader gets the API's double, not a rounding of it.
    private static string N(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string S(TimeSpan? value) => value?.TotalSeconds.ToString("0.#######", CultureInfo.InvariantCulture) ?? "";

    private static string Row(IEnumerable<string> values) => string.Join(",", values.Select(Cell));

    private static string Cell(string value)
    {
        var safe = value is ['=' or '+' or '-' or '@' or '\t' or '\r', ..] ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
