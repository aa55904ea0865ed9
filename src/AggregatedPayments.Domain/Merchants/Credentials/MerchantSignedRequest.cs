using System.Net;

namespace AggregatedPayments.Merchants.Credentials;

/// <summary>What a signed request says about itself: its headers as sent, what it asks for, its body's hash and where it came from.</summary>
public sealed record MerchantSignedRequest(
    string KeyId,
    string? Timestamp,
    string? Nonce,
    string? Signature,
    string Method,
    string PathAndQuery,
    string BodySha256Hex,
    IPAddress? RemoteIp);
