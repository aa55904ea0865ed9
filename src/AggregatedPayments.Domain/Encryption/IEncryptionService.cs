namespace AggregatedPayments.Encryption;

/// <summary>
/// Encrypts secrets and account numbers under the primary data key. The purpose (e.g. "Payee.AccountNumber")
/// is authenticated with the value: decrypting with another purpose fails.
/// </summary>
public interface IEncryptionService
{
    Task<string> EncryptAsync(string plaintext, string purpose, CancellationToken cancellationToken = default);

    /// <summary>Throws a <c>BusinessException</c> with <c>ErrorCodes.DecryptionFailed</c> when the text was altered or the purpose differs.</summary>
    Task<string> DecryptAsync(string ciphertext, string purpose, CancellationToken cancellationToken = default);
}
