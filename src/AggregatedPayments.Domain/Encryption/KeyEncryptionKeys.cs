using AggregatedPayments.Exceptions;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Encryption;

/// <summary>The current key-encryption key and those it replaced, parsed once from <see cref="EncryptionOptions"/>.</summary>
public sealed class KeyEncryptionKeys
{
    private readonly Lazy<(KeyEncryptionKey Current, IReadOnlyList<KeyEncryptionKey> Previous)> _keys;

    public KeyEncryptionKeys(IOptions<EncryptionOptions> options)
    {
        // Parsed on first use so that a container can be built (and the start-up validator can explain
        // what is wrong) before anything is encrypted.
        _keys = new Lazy<(KeyEncryptionKey, IReadOnlyList<KeyEncryptionKey>)>(() =>
        (
            KeyEncryptionKey.Parse(options.Value.KeyEncryptionKey),
            options.Value.PreviousKeyEncryptionKeys.Select(KeyEncryptionKey.Parse).ToArray()
        ));
    }

    public KeyEncryptionKey Current => _keys.Value.Current;

    public IReadOnlyList<KeyEncryptionKey> Previous => _keys.Value.Previous;

    /// <summary>The key whose fingerprint a data key carries; failing when it is no longer configured.</summary>
    public KeyEncryptionKey Get(string id)
    {
        if (Current.Id == id)
        {
            return Current;
        }

        return Previous.FirstOrDefault(k => k.Id == id)
               ?? throw new BusinessException(ErrorCodes.DecryptionFailed, $"No configured key-encryption key has the id {id}.");
    }
}
