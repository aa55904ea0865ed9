using System.Text.Json;

namespace AggregatedPayments.Demo;

/// <param name="SignatureValid">Whether the signature checked out; a request that failed was answered 401, so the platform tries again.</param>
/// <param name="Body">The notification as sent.</param>
public sealed record DemoReceivedNotification(
    string? EventId,
    string? KeyId,
    DateTime ReceivedAt,
    bool SignatureValid,
    JsonElement? Body);
