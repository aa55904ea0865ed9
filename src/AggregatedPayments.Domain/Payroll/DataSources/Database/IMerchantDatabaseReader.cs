namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Reads the pending payouts a merchant publishes in a view of its own MySQL or MariaDB database, through
/// the outbound-call guard, read-only, with SQL the platform writes.
/// </summary>
public interface IMerchantDatabaseReader
{
    /// <summary>
    /// Streams the view's rows as intake inputs, in merchant_reference order, in pages (keyset), never all in memory.
    /// </summary>
    /// <exception cref="PayrollSourceException">The server cannot be reached or refuses, or the view does not keep the contract; the message carries no secret.</exception>
    IAsyncEnumerable<PayrollItemInput> ReadAsync(MerchantDatabaseSettings settings, CancellationToken cancellationToken);

    /// <summary>
    /// Connects, checks the view has the contract's columns, reads nothing else.
    /// </summary>
    /// <exception cref="PayrollSourceException">With a clear message that carries no secret.</exception>
    Task TestAsync(MerchantDatabaseSettings settings, CancellationToken cancellationToken);
}
