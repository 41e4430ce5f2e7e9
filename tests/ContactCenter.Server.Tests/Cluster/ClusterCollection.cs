namespace ContactCenter.Server.Tests.Cluster;

/// <summary>
/// Tests of the cluster through real processes (nodes, redis-server, the nginx proxy): one at a
/// time, since each runs several processes on the shared two cores and some stop or freeze them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection
{
    public const string Name = "Cluster through real processes";
}
