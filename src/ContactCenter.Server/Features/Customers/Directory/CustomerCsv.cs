using System.Text;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Customers;

namespace ContactCenter.Server.Features.Customers.Directory;

/// <summary>Writes already-masked profiles as CSV (RFC 4180), one column per schema field.</summary>
internal static class CustomerCsv
{
    public static string Write(IEnumerable<CustomerDto> customers, CustomerSchema schema)
    {
        var custom = schema.CustomFields.Select(f => f.Key).ToArray();
        var csv = new StringBuilder();
        csv.AppendLine(Row(["id", "name", "email", "phone", .. custom]));
        foreach (var c in customers)
        {
            csv.AppendLine(Row([c.Id.ToString(), c.Name, c.Email ?? "", c.Phone ?? "", .. custom.Select(k => c.Fields.GetValueOrDefault(k, ""))]));
        }

        return csv.ToString();
    }

    private static string Row(IEnumerable<string> values) => string.Join(",", values.Select(Cell));

    // Quoted always. A value a spreadsheet would take for a formula (OWASP's list of leading
    // characters, phone numbers' "+" among them) gets a leading apostrophe, so it is never executed.
    private static string Cell(string value)
    {
        var safe = value is ['=' or '+' or '-' or '@' or '\t' or '\r', ..] ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
