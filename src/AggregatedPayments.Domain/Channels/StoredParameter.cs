namespace AggregatedPayments.Channels;

/// <summary>A parameter value at rest: a secret is kept only as ciphertext (its purpose binds it to its owner and name).</summary>
public sealed record StoredParameter(string Name, string Value, bool IsEncrypted);
