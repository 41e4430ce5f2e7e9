namespace ContactCenter.Contracts.Access;

/// <summary>A staff member's credentials, exchanged at <see cref="ApiRoutes.Token"/> for a bearer token.</summary>
/// <param name="UserName">The user name, such as "alex.agent".</param>
/// <param name="Password">The password.</param>
public sealed record SignInRequest(string UserName, string Password);

/// <summary>A bearer token for the API and the hubs, to renew before <paramref name="ExpiresIn"/> seconds pass.</summary>
/// <param name="TokenType">Always "Bearer".</param>
/// <param name="AccessToken">The token: an Authorization header for the API, the access_token query value for hubs.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn);
