using System.Globalization;
using System.Text;

namespace ApplyTrack.Features.Insights;

/// <summary>
/// The report as one long CSV table (RFC 4180, UTF-8, CRLF): <c>section,group,measure,value</c>, one figure a row, so a
/// spreadsheet can filter or pivot it. Numbers use the invariant culture (a point for decimals); rates are fractions;
/// an empty value means "no data" (a rate of nothing, a median of no responses). Only what the plan shows is written.
/// </summary>
public static class InsightsCsv
{
    public const string Header = "section,group,measure,value";

    public static string Write(InsightsReport report)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        void Row(string section, string group, string measure, object? value) =>
            csv.Append(Field(section)).Append(',').Append(Field(group)).Append(',').Append(Field(measure)).Append(',').Append(Field(Format(value))).Append("\r\n");

        var funnel = report.Funnel;
        Row("funnel", "applied", "count", funnel.Applied);
        Row("funnel", "interviewing", "count", funnel.Interviewing);
        Row("funnel", "interviewing", "rate_from_applied", funnel.InterviewRate);
        Row("funnel", "offer", "count", funnel.Offer);
        Row("funnel", "offer", "rate_from_interviewing", funnel.OfferRate);
        Row("ghosted", "applied", "count", report.Ghosted.Count);
        Row("ghosted", "applied", "share", report.Ghosted.Share);
        Row("ghosted", "applied", "no_response_days", report.Ghosted.NoResponseDays);
        Responses("responses", [report.Responses]);
        foreach (var week in report.Weeks)
        {
            var group = week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Row("weekly", group, "applications", week.Applications);
            Row("weekly", group, "responses", week.Responses);
            Row("weekly", group, "rejections", week.Rejections);
        }
        Responses("responses_by_source", report.BySource);
        Responses("responses_by_mailbox", report.ByMailbox);
        Responses("responses_by_ats_vendor", report.ByAtsVendor);
        foreach (var stage in report.TimeInStage ?? [])
        {
            var group = Pipeline.ApplicationStatusNames.ToApiName(stage.Status);
            Row("time_in_stage", group, "completed", stage.Completed);
            Row("time_in_stage", group, "median_days", stage.MedianDays);
            Row("time_in_stage", group, "current", stage.Current);
        }
        foreach (var rejection in report.Rejections ?? [])
        {
            Row("rejections", rejection.Label, "count", rejection.Count);
        }
        return csv.ToString();

        void Responses(string section, IReadOnlyList<ResponseFigures>? figures)
        {
            foreach (var f in figures ?? [])
            {
                Row(section, f.Group, "applications", f.Applications);
                Row(section, f.Group, "responded", f.Responded);
                Row(section, f.Group, "response_rate", f.ResponseRate);
                Row(section, f.Group, "median_days_to_first_response", f.MedianDaysToFirstResponse);
            }
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => Math.Round(d, 4).ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Quotes what needs quoting, and defuses text a spreadsheet would run as a formula (a mailbox or vendor name is text).</summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r' || (value.Length > 1 && value[0] == '-' && !char.IsDigit(value[1])))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
