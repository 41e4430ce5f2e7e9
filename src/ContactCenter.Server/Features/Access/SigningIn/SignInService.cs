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
    /// <summary>The same words for every refusal, so that they confirm nothing about the account.</summary>
    public const string Refused = "Wrong user name or password.";

    public string Message => Outcome == SignInOutcome.SignedIn ? "Signed in." : Refused;
}

/// <summary>Checks a password, counts failures toward a lockout, and records every attempt in the audit log.</summary>
public sealed class SignInService(IDocumentStore store, TimeProvider clock, LockoutPolicy lockout)
{
    private static readonly PasswordHasher<StaffUser> Hasher = new();

    // Unknown names are checked against this, so that they cost the same hash as known ones and
    // their answer does not come back sooner.
    private static readonly StaffUser Nobody = new() { Id = Guid.Empty, UserName = "", DisplayName = "", Email = "", Roles = [], PasswordHash = "" };
    private static readonly string NobodysHash = Hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
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

        // Always one hash, whoever asks: the time taken must not tell unknown names from known ones.
        var passwordMatches = Hasher.VerifyHashedPassword(user ?? Nobody, user?.PasswordHash ?? NobodysHash, password) != PasswordVerificationResult.Failed;

        SignInResult result;
        if (user is null)
        {
            result = new SignInResult(SignInOutcome.WrongCredentials, null);
        }
        else if (user.IsLockedOut(now))
        {
            result = new SignInResult(SignInOutcome.LockedOut, user, user.LockedOutUntil);
        }
        else if (!passwordMatches)
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
            // Written only when there is a failure count to clear: parallel sign-ins of one user
            // (several devices at shift start) must not conflict over an unchanged document.
            var signedIn = user.WithSuccessfulSignIn();
            if (signedIn != user)
            {
                session.Store(signedIn);
            }

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
