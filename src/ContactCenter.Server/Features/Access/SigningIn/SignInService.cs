using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Audit;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Server.Features.Access.SigningIn;

public enum SignInOutcome
{
    SignedIn,
    WrongCredentials,
    LockedOut,
    Disabled,
}

public sealed record SignInResult(SignInOutcome Outcome, StaffUser? User, DateTimeOffset? LockedOutUntil = null)
{
    public string Message => Outcome switch
    {
        SignInOutcome.SignedIn => "Signed in.",
        SignInOutcome.LockedOut => $"Too many failed sign-ins: this account is locked until {LockedOutUntil:HH:mm} UTC. Try again then, or ask an admin.",
        SignInOutcome.Disabled => "This account is disabled. Ask an admin to enable it.",
        _ => "Wrong user name or password.",
    };
}

/// <summary>Checks a password, counts failures toward a lockout, and records every attempt in the audit log.</summary>
public sealed class SignInService(IDocumentStore store, TimeProvider clock, LockoutPolicy lockout)
{
    private static readonly PasswordHasher<StaffUser> Hasher = new();
    private const int Attempts = 3;

    public async Task<SignInResult> SignInAsync(string userName, string password, string from, CancellationToken cancellationToken)
    {
        // Concurrent attempts on one account conflict on its version; each is counted by retrying.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOnceAsync(userName.Trim(), password, from, cancellationToken);
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
            }
        }
    }

    private async Task<SignInResult> TryOnceAsync(string userName, string password, string from, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var user = await session.Query<StaffUser>().SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        // What a stranger typed is recorded only up to the longest possible user name.
        var recordedName = user?.UserName ?? TextLimits.Shorten(userName, TextLimits.UserName);
        var audit = new AuditContext(user?.Id, recordedName, from, now);

        SignInResult result;
        if (user is null)
        {
            result = new SignInResult(SignInOutcome.WrongCredentials, null);
        }
        else if (user.IsLockedOut(now))
        {
            result = new SignInResult(SignInOutcome.LockedOut, user, user.LockedOutUntil);
        }
        else if (Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            var counted = user.WithFailedSignIn(now, lockout);
            session.Store(counted);
            result = counted.IsLockedOut(now)
                ? new SignInResult(SignInOutcome.LockedOut, counted, counted.LockedOutUntil)
                : new SignInResult(SignInOutcome.WrongCredentials, counted);
        }
        else if (user.Disabled)
        {
            result = new SignInResult(SignInOutcome.Disabled, user);
        }
        else
        {
            var signedIn = user.WithSuccessfulSignIn();
            session.Store(signedIn);
            result = new SignInResult(SignInOutcome.SignedIn, signedIn);
        }

        var action = result.Outcome switch
        {
            SignInOutcome.SignedIn => AuditActions.SignInSucceeded,
            SignInOutcome.LockedOut => AuditActions.SignInLockedOut,
            _ => AuditActions.SignInFailed,
        };
        session.Record(audit, action, $"user:{recordedName}", result.Outcome.ToString());
        await session.SaveChangesAsync(cancellationToken);
        return result;
    }
}
