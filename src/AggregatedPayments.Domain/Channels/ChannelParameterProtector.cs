using AggregatedPayments.Encryption;

namespace AggregatedPayments.Channels;

/// <summary>
/// Applies parameter changes for one owner (a channel's platform values or a merchant's own), keeps
/// secrets only as ciphertext bound to the owner and name, and gives them back in clear only for an
/// adapter call.
/// </summary>
public sealed class ChannelParameterProtector(IEncryptionService encryption)
{
    public const string MaskedValue = "******";

    /// <summary>
    /// A name with a value replaces it, a name with null removes it, a name left out keeps what is
    /// stored (how a masked secret is left alone). Throws, changing nothing, when the result breaks the schema.
    /// </summary>
    /// <param name="owner">Binds ciphertexts to their owner: "Channel:{id}" or "MerchantChannel:{id}".</param>
    public async Task<IReadOnlyList<StoredParameter>> ApplyAsync(
        IReadOnlyList<ChannelParameterDefinition> schema,
        ParameterSupplier supplier,
        IReadOnlyCollection<StoredParameter> current,
        IReadOnlyDictionary<string, string?> changes,
        string owner,
        CancellationToken cancellationToken)
    {
        var kept = current.Where(p => !changes.ContainsKey(p.Name)).ToList();
        var newValues = changes.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal);
        ChannelParameterValidator.Validate(schema, supplier, newValues, kept.Select(p => p.Name).ToHashSet(StringComparer.Ordinal));

        var stored = new List<StoredParameter>(kept);
        foreach (var (name, value) in newValues)
        {
            stored.Add(schema.Single(d => d.Name == name).IsSecret
                ? new StoredParameter(name, await encryption.EncryptAsync(value, Purpose(owner, name), cancellationToken), IsEncrypted: true)
                : new StoredParameter(name, value, IsEncrypted: false));
        }

        return stored.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The values in clear, for the adapter call that needs them; never for a response or a log.</summary>
    public async Task<Dictionary<string, string>> DecryptAsync(IEnumerable<StoredParameter> parameters, string owner, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            values[parameter.Name] = parameter.IsEncrypted
                ? await encryption.DecryptAsync(parameter.Value, Purpose(owner, parameter.Name), cancellationToken)
                : parameter.Value;
        }

        return values;
    }

    /// <summary>What an administrator may see: plain values as they are, secrets only as a mask.</summary>
    public static IReadOnlyDictionary<string, string> Masked(IEnumerable<StoredParameter> parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.IsEncrypted ? MaskedValue : p.Value, StringComparer.Ordinal);

    // A ciphertext copied to another owner or parameter does not decrypt.
    private static string Purpose(string owner, string name) => owner + ":" + name;
}
