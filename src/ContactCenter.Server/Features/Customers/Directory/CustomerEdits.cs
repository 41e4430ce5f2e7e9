using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Customers;

namespace ContactCenter.Server.Features.Customers.Directory;

/// <summary>
/// Applies an edit. A recipient of masked values sends the masked values back for the personal
/// fields they did not touch; those keep their stored value. Changing one they cannot see is refused
/// (null), since they would overwrite data they never saw.
/// </summary>
internal static class CustomerEdits
{
    public static Customer? Apply(Customer stored, CustomerRequest request, CustomerSchema schema, AccessGrant editor)
    {
        if (editor.CanSeePii)
        {
            var all = request.Fields ?? stored.Fields;
            return stored with { Name = PlainName.Clean(request.Name), Email = request.Email, Phone = request.Phone, Fields = all.ToDictionary() };
        }

        // Fields left out are kept: as this editor saw them, so an untouched personal field is not taken for a change.
        var masked = stored.Masked(schema);
        var fields = request.Fields ?? masked.Fields;
        var piiKeys = schema.CustomFields.Where(f => f.IsPii).Select(f => f.Key).ToHashSet();
        var touchesPii = request.Email != masked.Email || request.Phone != masked.Phone
            || piiKeys.Any(k => fields.GetValueOrDefault(k) != masked.Fields.GetValueOrDefault(k));
        if (touchesPii)
        {
            return null;
        }

        var kept = fields.Where(f => !piiKeys.Contains(f.Key))
            .Concat(stored.Fields.Where(f => piiKeys.Contains(f.Key)))
            .ToDictionary();
        return stored with { Name = PlainName.Clean(request.Name), Fields = kept };
    }
}
