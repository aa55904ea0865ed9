using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Authorization;
using AggregatedPayments.Identity;
using AggregatedPayments.Localization;
using AggregatedPayments.Merchants.Credentials;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Merchants;

/// <summary>
/// Authenticates a merchant's own systems by the signature over method, path and query, timestamp,
/// nonce and body (<see cref="MerchantRequestSignature"/>). The body is hashed as it streams into a
/// rewindable buffer, so MVC reads it afterwards as if untouched. The caller acts inside its merchant
/// as "api:&lt;key id&gt;" with the grants of the merchant's api-client role. A refusal answers 401
/// with its code, through the same path a refused bearer token takes, and leaves an audit row.
/// </summary>
public sealed class ApiSignatureAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    MerchantRequestVerifier verifier)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var keyId = Request.Headers[MerchantRequestSignature.KeyIdHeader].ToString();
        if (keyId.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var request = new MerchantSignedRequest(
            keyId,
            Request.Headers[MerchantRequestSignature.TimestampHeader].ToString(),
            Request.Headers[MerchantRequestSignature.NonceHeader].ToString(),
            Request.Headers[MerchantRequestSignature.SignatureHeader].ToString(),
            Request.Method,
            Request.GetEncodedPathAndQuery(),
            await HashBodyAsync(),
            Context.Connection.RemoteIpAddress);
        var verification = await verifier.VerifyAsync(request, Context.RequestAborted);
        if (verification.RefusalCode is { } code)
        {
            Refuse(code, keyId);
            return AuthenticateResult.Fail(code);
        }

        var credential = verification.Credential!;
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimNames.UserId, credential.Id.ToString()),
                new Claim(ClaimNames.UserName, MerchantApiCredentialConsts.ApiUserNamePrefix + credential.KeyId),
                new Claim(ClaimNames.TenantId, credential.TenantId!.Value.ToString()),
                new Claim(ClaimNames.Role, MerchantApiCredentialConsts.ApiClientRoleName),
                new Claim(ClaimNames.ApiKeyId, credential.KeyId)
            ],
            Scheme.Name,
            ClaimNames.UserName,
            ClaimNames.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    private async Task<string> HashBodyAsync()
    {
        Request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await Request.Body.ReadAsync(buffer, Context.RequestAborted)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        Request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private void Refuse(string code, string keyId)
    {
        Context.Items[SessionValidation.RefusalCodeKey] = code;
        var message = TextLocalizer.Instance.Get(code, TextLocalizer.DefaultCulture) + " " +
                      string.Create(CultureInfo.InvariantCulture, $"[{MerchantRequestSignature.KeyIdHeader}: {Truncate(keyId)}]");
        Context.Items[AuditLoggingMiddleware.RefusalKey] = new AuditError(code, message);
        Logger.LogWarning("A request signed with API key {KeyId} from {ClientIp} was refused: {Code}",
            Truncate(keyId), Context.Connection.RemoteIpAddress, code);
    }

    // The header is the caller's text: only so much of it goes into logs and the audit row.
    private static string Truncate(string keyId) =>
        keyId.Length <= MerchantApiCredentialConsts.MaxKeyIdLength ? keyId : keyId[..MerchantApiCredentialConsts.MaxKeyIdLength] + "…";
}
