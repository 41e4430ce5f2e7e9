using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ContactCenter.Server.Features.Access.DataProtection;

/// <summary>
/// Keeps the keys that protect cookies and tokens in PostgreSQL, so every node reads the others'
/// cookies and a restart signs nobody out.
/// </summary>
internal sealed class MartenXmlRepository(IDocumentStore store) : IXmlRepository
{
    // IXmlRepository is synchronous and Marten 9 is async-only. The key ring is read rarely (it is
    // cached for hours) and ASP.NET Core has no synchronization context, so blocking is safe here.
#pragma warning disable VSTHRD002
    public IReadOnlyCollection<XElement> GetAllElements() => GetAllElementsAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) => StoreElementAsync(element, friendlyName).GetAwaiter().GetResult();
#pragma warning restore VSTHRD002

    private async Task<IReadOnlyCollection<XElement>> GetAllElementsAsync()
    {
        await using var session = store.QuerySession();
        var keys = await session.Query<DataProtectionKey>().ToListAsync();
        return [.. keys.Select(k => XElement.Parse(k.Xml))];
    }

    private async Task StoreElementAsync(XElement element, string friendlyName)
    {
        await using var session = store.LightweightSession();
        session.Store(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        await session.SaveChangesAsync();
    }
}

internal sealed record DataProtectionKey(string Id, string Xml);
