using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Server.Features.Integrations;

/// <summary>
/// X-ContactCenter-Signature: "sha256=" + hex HMAC-SHA256 of "{timestamp}.{body}" with the
/// subscription's secret. The timestamp (X-ContactCenter-Timestamp, Unix seconds) is signed too,
/// so a receiver can refuse old replays.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-ContactCenter-Signature";
    public const string TimestampHeader = "X-ContactCenter-Timestamp";
    public const string DeliveryHeader = "X-ContactCenter-Delivery";

    public static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
