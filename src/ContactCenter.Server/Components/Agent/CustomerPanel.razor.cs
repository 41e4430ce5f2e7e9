using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR;
using MudBlazor;

namespace ContactCenter.Server.Components.Agent;

public partial class CustomerPanel
{
    private CustomerDto? _customer;
    private IReadOnlyList<CustomerFieldDto> _fields = [];
    private IReadOnlyList<ConversationSummaryDto> _history = [];
    private string? _refusal;
    private Guid _loadedFor;

    [Parameter, EditorRequired] public Guid CustomerId { get; set; }
    [Parameter] public Guid ConversationId { get; set; }

    /// <summary>Changes when the conversation's status changes, so a profile refused before an answer is read again after it.</summary>
    [Parameter] public string? ConversationStatus { get; set; }

    private string? _loadedStatus;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor == CustomerId && _loadedStatus == ConversationStatus)
        {
            return;
        }

        (_loadedFor, _loadedStatus) = (CustomerId, ConversationStatus);
        (_customer, _refusal) = (null, null);
        try
        {
            _fields = await Desk.Client!.GetCustomerFieldsAsync();
            _customer = await Desk.Client.GetCustomerAsync(CustomerId);
        }
        catch (HubException e)
        {
            _refusal = DeskErrors.Sentence(e);
        }

        await RunAsync(async () => _history = await Desk.Client!.GetCustomerConversationsAsync(CustomerId));
    }

    private async Task<bool> SaveAsync(CustomerRequest request)
    {
        var saved = await TryAsync(async () => _customer = await Desk.Client!.UpdateCustomerAsync(CustomerId, request));
        if (saved)
        {
            Snackbar.Add("Profile saved.", Severity.Success);
        }

        return saved;
    }
}
