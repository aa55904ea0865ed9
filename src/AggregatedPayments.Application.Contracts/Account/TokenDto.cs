namespace AggregatedPayments.Account;

/// <summary>An access token to send as "Authorization: Bearer …" and a refresh token to trade for the next pair.</summary>
public sealed record TokenDto(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, DateTime RefreshTokenExpiresAt);
