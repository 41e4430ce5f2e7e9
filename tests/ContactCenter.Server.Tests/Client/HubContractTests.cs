using System.Reflection;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Server.Realtime;

namespace ContactCenter.Server.Tests.Client;

/// <summary>
/// The hubs' public methods are the product's real-time API, and the typed clients name them through
/// <see cref="IAgentHub"/> and <see cref="ICustomerHub"/>. The compiler checks that the hubs implement every
/// contract method; this checks the other direction: a hub method left out of its contract would be
/// callable but invisible to the clients and to integrators.
/// </summary>
public sealed class HubContractTests
{
    public static TheoryData<Type, Type> Hubs => new()
    {
        { typeof(AgentHub), typeof(IAgentHub) },
        { typeof(CustomerHub), typeof(ICustomerHub) },
    };

    [Theory]
    [MemberData(nameof(Hubs))]
    public void Every_client_callable_hub_method_is_declared_by_the_hubs_contract(Type hub, Type contract)
    {
        // Tried: every public instance method SignalR would let a client call on the hub (those the hub
        // declares, not the connect/disconnect overrides of Hub), looked up in the contract's interface map.
        var contracted = hub.GetInterfaceMap(contract).TargetMethods.ToHashSet();
        var callable = hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == hub)
            .ToList();

        Assert.NotEmpty(callable);
        Assert.Empty(callable.Where(m => !contracted.Contains(m)).Select(m => m.Name));
        // And the contract is all there is to call: no overloads or extra parameters beside it.
        Assert.Equal(contract.GetMethods().Length, callable.Count);
    }
}
