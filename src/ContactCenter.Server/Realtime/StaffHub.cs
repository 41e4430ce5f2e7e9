using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Customers;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// The hub of signed-in staff. Stateless: what a connection may do is looked up on every call by
/// <see cref="PermissionHubFilter"/>, and <see cref="SessionGuard"/> closes connections whose access ended.
/// </summary>
[Authorize]
public sealed class StaffHub(ConnectedStaff connected, RequestGrant current, IDocumentStore store) : Hub<IStaffClient>
{
    public override Task OnConnectedAsync()
    {
        connected.Add(Context);
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connected.Remove(Context.ConnectionId);
        return Task.CompletedTask;
    }

    public MyAccess GetMyAccess()
    {
        var grant = current.Required;
        return new MyAccess(grant.UserId, grant.UserName, [.. grant.Permissions.Order(StringComparer.Ordinal)]);
    }

    /// <summary>A customer's profile, masked for this caller as the REST API masks it.</summary>
    public async Task<CustomerDto> GetCustomer(Guid customerId)
    {
        var grant = current.Required;
        await using var session = store.QuerySession();
        var customer = await session.LoadAsync<Customer>(customerId, Context.ConnectionAborted)
            ?? throw new HubException($"not-found: Customer {customerId} does not exist.");
        if (!grant.CanViewCustomer(await session.InActiveConversationAsync(grant, customerId, Context.ConnectionAborted)))
        {
            throw new HubException("customer-not-in-conversation: Agents see a customer's profile only while in an active conversation with them.");
        }

        return customer.ToDto(await session.SchemaAsync(Context.ConnectionAborted), grant);
    }
}
