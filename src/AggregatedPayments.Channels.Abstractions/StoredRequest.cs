namespace AggregatedPayments.Channels;

/// <summary>
/// A request exactly as it goes on the wire, kept (encrypted) before it leaves: every retry sends
/// these bytes again, because providers compare a repeated key's parameters. Credentials that are
/// added per send (an API key header) are not part of it.
/// </summary>
public sealed record StoredRequest(string Key, string ContentType, byte[] Body);
