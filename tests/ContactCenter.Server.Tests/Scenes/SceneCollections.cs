using ContactCenter.Testing.Scenes;

namespace ContactCenter.Server.Tests.Scenes;

// A handful of collections, each one shared host (docs/testing.md): xunit runs collections side by side (two cores
// here) and a collection's tests one after another. Tests that need a host of their own (start-up
// failures, restarts, two nodes, limits or global settings others would feel) still start one.

/// <summary>Chats between widget customers and agents: messages, replays, delivery.</summary>
[CollectionDefinition(Name)]
public sealed class ChatScenes : ICollectionFixture<SharedServerFixture>
{
    public const string Name = "chat scenes";
}

/// <summary>The router and agent presence: offers, capacity, ready and busy.</summary>
[CollectionDefinition(Name)]
public sealed class RoutingScenes : ICollectionFixture<SharedServerFixture>
{
    public const string Name = "routing scenes";
}

/// <summary>Staff accounts and sessions: sign-in, role changes, disabling.</summary>
[CollectionDefinition(Name)]
public sealed class StaffScenes : ICollectionFixture<SharedServerFixture>
{
    public const string Name = "staff scenes";
}
