using System.Net;
using ContactCenter.Server.Features.Access.Authentication;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Where a hub call comes from, for the audit log: the socket's address, except for a desk circuit's
/// own connection, which comes from this node's loopback and carries the browser's address in its
/// token. The claim is believed only on a loopback connection: a circuit token used from elsewhere
/// is recorded with the address it was really used from.
/// </summary>
internal static class CallerAddress
{
    public static string Of(HubCallerContext context)
    {
        var socket = context.GetHttpContext()?.Connection.RemoteIpAddress;
        return socket is not null && IPAddress.IsLoopback(socket) && context.User?.FindFirst(ContactCenterClaims.BrowserAddress)?.Value is { Length: > 0 } browser
            ? browser
            : socket?.ToString() ?? "unknown";
    }
}
