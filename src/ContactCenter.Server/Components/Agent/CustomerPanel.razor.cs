using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR;
using MudBlazor;

namespace ContactCenter.Server.Components.Agent;

public partial class CustomerPanel
{
    private CustomerDto? _customer;
    private IReadOnlyList<ConversationSummaryDto> _history = [];
    private IReadOnlyList<CustomerDto> _linked = [];
    private string? _refusal;
    private Guid _loadedFor;

    [Inject] private IDialogService Dialogs { get; set; } = null!;

    [Parameter, EditorRequired] public Guid CustomerId { get; set; }
    [Parameter] public Guid ConversationId { get; set; }

    /// <summary>Changes when the conversation's status changes, so a profile refused before an answer is read again after it.</summary>
    [Parameter] public ConversationStatusDto? ConversationStatus { get; set; }

    private ConversationStatusDto? _loadedStatus;

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
            _customer = await Desk.Client!.GetCustomerAsync(CustomerId);
        }
        catch (HubException e)
        {
            _refusal = DeskErrors.Sentence(e);
        }

        await RunAsync(async () => _history = await Desk.Client!.GetCustomerConversationsAsync(CustomerId));
        await RunAsync(async () => _linked = await Desk.Client!.GetLinkedProfilesAsync(ConversationId));
    }

    // The conversation moves to the chosen profile; the desk's step push then hands this panel the new customer.
    private async Task LinkAsync()
    {
        var dialog = await Dialogs.ShowAsync<LinkProfileDialog>("Link to another profile", new DialogParameters<LinkProfileDialog> { { d => d.CurrentCustomerId, CustomerId } });
        if (await dialog.Result is { Canceled: false, Data: CustomerDto chosen }
            && await TryAsync(() => Desk.Client!.LinkCustomerAsync(ConversationId, chosen.Id)))
        {
            Snackbar.Add($"This conversation now belongs to {chosen.Name}.", Severity.Success);
        }
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
