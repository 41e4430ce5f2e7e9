using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent;

public partial class CustomerProfileCard
{
    private bool _editing;
    private string _name = "";
    private string? _email;
    private string? _phone;
    private Dictionary<string, string> _fields = [];

    [Parameter, EditorRequired] public CustomerDto Customer { get; set; } = null!;
    [Parameter] public IReadOnlyList<CustomerFieldDto> Fields { get; set; } = [];

    /// <summary>Whether the caller may change this profile now (the server checks again).</summary>
    [Parameter] public bool Editable { get; set; }

    /// <summary>Saves; returns whether the server took the change.</summary>
    [Parameter] public Func<CustomerRequest, Task<bool>>? OnSave { get; set; }

    private string Initials => string.Concat(Customer.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));

    private void StartEditing()
    {
        (_name, _email, _phone) = (Customer.Name, Customer.Email, Customer.Phone);
        _fields = new Dictionary<string, string>(Customer.Fields);
        _editing = true;
    }

    // An emptied field is left out rather than sent blank, which a choice field would refuse.
    private void Set(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _fields.Remove(key);
        }
        else
        {
            _fields[key] = value;
        }
    }

    // Masked values are sent back as the server gave them; it keeps the stored clear value.
    private async Task SaveAsync()
    {
        if (OnSave is not null && await OnSave(new CustomerRequest(_name, _email, _phone, _fields)))
        {
            _editing = false;
        }
    }
}
