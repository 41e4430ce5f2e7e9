using ContactCenter.Server.Hosting.Limits;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Access.SigningIn;

/// <summary>
/// Failed sign-ins per source address and minute, on this node. Attempts from one address take
/// turns, so a burst in flight cannot overrun the budget; only failures count, so staff who sign in
/// correctly are never refused for others' mistakes. Over budget, an attempt is refused before any
/// password is hashed: a flood costs the server little and never reaches the database.
/// </summary>
public sealed class SignInThrottle(IOptions<LimitOptions> options, TimeProvider clock)
{
    private const int SweepAbove = 10_000;
    private readonly Dictionary<string, Address> _addresses = [];

    private DateTimeOffset Now => clock.GetUtcNow();
    private int Budget => options.Value.FailedSignInsPerMinute;

    public async Task<Turn> TakeTurnAsync(string source, CancellationToken cancellationToken)
    {
        Address address;
        lock (_addresses)
        {
            if (!_addresses.TryGetValue(source, out address!))
            {
                address = new Address(clock.GetUtcNow());
                _addresses[source] = address;
            }

            address.Holders++;
        }

        try
        {
            await address.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(source, address);
            throw;
        }

        return new Turn(this, source, address);
    }

    private void Leave(string source, Address address)
    {
        var now = clock.GetUtcNow();
        lock (_addresses)
        {
            address.Holders--;
            if (address.Holders == 0 && (address.Failures == 0 || address.Expired(now)))
            {
                _addresses.Remove(source);
            }

            if (_addresses.Count > SweepAbove)
            {
                foreach (var stale in _addresses.Where(a => a.Value.Holders == 0 && a.Value.Expired(now)).Select(a => a.Key).ToList())
                {
                    _addresses.Remove(stale);
                }
            }
        }
    }

    /// <summary>One attempt's turn at its address; only the holder reads or counts its failures.</summary>
    public sealed class Turn(SignInThrottle owner, string source, Address address) : IDisposable
    {
        /// <summary>Null when the attempt may go ahead; otherwise how long until the address may try again.</summary>
        public TimeSpan? Refused()
        {
            var now = owner.Now;
            if (address.Expired(now))
            {
                address.Restart(now);
            }

            return address.Failures >= owner.Budget ? address.Start + LimitOptions.Window - now : null;
        }

        public void Failed() => address.Failures++;

        public void Dispose()
        {
            address.Gate.Release();
            owner.Leave(source, address);
        }
    }

    public sealed class Address(DateTimeOffset start)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset Start { get; private set; } = start;
        public int Failures { get; set; }
        public int Holders { get; set; }

        public bool Expired(DateTimeOffset now) => now - Start >= LimitOptions.Window;

        public void Restart(DateTimeOffset now)
        {
            Start = now;
            Failures = 0;
        }
    }
}
