using System.Globalization;
using System.Text.RegularExpressions;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Interception;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Merchants.Credentials;

/// <summary>
/// Decides whether a request signed with a merchant's API credential is accepted. The signature is
/// checked before anything about the key is told, so only its holder learns that it is revoked or
/// expired; the nonce is spent last, so a refused request does not use it up.
/// </summary>
public sealed partial class MerchantRequestVerifier(
    IRepository<MerchantApiCredential> credentials,
    IRepository<Merchant> merchants,
    IAsyncQueryExecuter executer,
    IDataFilter dataFilter,
    MerchantApiCredentialManager credentialManager,
    IApiRequestNonceStore nonces,
    TimeProvider clock)
{
    public async Task<MerchantRequestVerification> VerifyAsync(MerchantSignedRequest request, CancellationToken cancellationToken)
    {
        if (!long.TryParse(request.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || request.Nonce is null || !NonceRegex().IsMatch(request.Nonce)
            || string.IsNullOrEmpty(request.Signature)
            || request.KeyId.Length > MerchantApiCredentialConsts.MaxKeyIdLength)
        {
            return MerchantRequestVerification.Refused(MerchantsErrorCodes.ApiSignatureInvalid);
        }

        MerchantApiCredential? credential;

        // The key id is all a request names: its tenant is learnt from the credential.
        using (dataFilter.DisableMultiTenantFilter())
        {
            credential = await executer.FirstOrDefaultAsync(
                credentials.QueryNoTracking().Where(c => c.KeyId == request.KeyId), cancellationToken);
        }

        if (credential is null || !await SignatureMatchesAsync(credential, request, timestamp, cancellationToken))
        {
            return MerchantRequestVerification.Refused(MerchantsErrorCodes.ApiSignatureInvalid);
        }

        var utcNow = clock.GetUtcNow().UtcDateTime;
        var signedAt = DateTime.UnixEpoch.AddSeconds(Math.Clamp(timestamp, 0, 253402300799));
        if ((utcNow - signedAt).Duration() > MerchantApiCredentialConsts.TimestampTolerance)
        {
            return MerchantRequestVerification.Refused(MerchantsErrorCodes.ApiTimestampOutOfRange);
        }

        var refusal = credential.StatusAt(utcNow) switch
        {
            MerchantApiCredentialStatus.Revoked => MerchantsErrorCodes.ApiKeyRevoked,
            MerchantApiCredentialStatus.Expired => MerchantsErrorCodes.ApiKeyExpired,
            _ => await RefuseByMerchantAsync(credential.TenantId!.Value, request, cancellationToken)
        };
        if (refusal is not null)
        {
            return MerchantRequestVerification.Refused(refusal);
        }

        // Kept as long as the timestamp could still be accepted: a replay after that fails on the timestamp.
        var keepUntil = signedAt + MerchantApiCredentialConsts.TimestampTolerance;
        return await nonces.TryUseAsync(credential.KeyId, request.Nonce, keepUntil, cancellationToken)
            ? MerchantRequestVerification.Accepted(credential)
            : MerchantRequestVerification.Refused(MerchantsErrorCodes.ApiNonceReused);
    }

    private async Task<bool> SignatureMatchesAsync(MerchantApiCredential credential, MerchantSignedRequest request, long timestamp, CancellationToken cancellationToken)
    {
        var secret = await credentialManager.RevealSecretAsync(credential, cancellationToken);
        return MerchantRequestSignature.VerifyWithBodyHash(
            secret, request.Method, request.PathAndQuery, timestamp, request.Nonce!, request.BodySha256Hex, request.Signature);
    }

    private async Task<string?> RefuseByMerchantAsync(Guid merchantId, MerchantSignedRequest request, CancellationToken cancellationToken)
    {
        var merchant = await merchants.FindAsync(merchantId, cancellationToken);
        if (merchant is not { IsActive: true })
        {
            return ErrorCodes.MerchantSuspended;
        }

        var ranges = merchant.PayoutPolicy.AllowedIpRanges;
        if (ranges.Count == 0)
        {
            return null;
        }

        return ranges.Any(r => IpRange.TryParse(r, out var range) && range.Contains(request.RemoteIp))
            ? null
            : MerchantsErrorCodes.ApiCallerIpNotAllowed;
    }

    [GeneratedRegex(MerchantApiCredentialConsts.NoncePattern)]
    private static partial Regex NonceRegex();
}
