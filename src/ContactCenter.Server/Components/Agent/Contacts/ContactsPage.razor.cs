using ContactCenter.Contracts.Customers;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Server.Components.Agent.Contacts;

/// <summary>The customer directory as the role allows: an agent's own contacts, everyone for senior agents and up.</summary>
public partial class ContactsPage
{
    private string _search = "";
    private IReadOnlyList<CustomerDto> _found = [];
    private IReadOnlyList<ConversationSummaryDto> _history = [];
    private CustomerDto? _open;
    private bool _loaded;

    [Inject] private IDialogService Dialogs { get; set; } = null!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            if (!await StartDeskAsync())
            {
                return;
            }

            await SearchAsync("");
            _loaded = true;
            StateHasChanged();
        }
    }

    private Task SearchAsync(string search)
    {
        _search = search;
        return RunAsync(async () => _found = await Desk.Client!.SearchCustomersAsync(search));
    }

    private async Task OpenAsync(CustomerDto customer)
    {
        _open = customer;
        _history = [];
        await RunAsync(async () => _history = await Desk.Client!.GetCustomerConversationsAsync(customer.Id));
    }

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<NewContactDialog>("New contact", new DialogParameters<NewContactDialog> { { d => d.Fields, Desk.CustomerFields } });
        if (await dialog.Result is { Canceled: false, Data: CustomerDto created })
        {
            Snackbar.Add($"{created.Name} added.", Severity.Success);
            await SearchAsync(_search);
            await OpenAsync(created);
        }
    }
}
