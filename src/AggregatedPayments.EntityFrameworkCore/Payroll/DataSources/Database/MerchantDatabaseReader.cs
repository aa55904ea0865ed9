using System.Runtime.CompilerServices;
using MySqlConnector;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Reads a merchant's view page by page in merchant_reference order (keyset: each page starts after the last
/// reference read), over one read-only connection per pull. A page is read whole and its statement finished
/// before its rows are handed on, so the intake's own writes never hold a statement open on the merchant's
/// server; only one page is ever in memory.
/// </summary>
public sealed class MerchantDatabaseReader(MerchantDatabaseConnector connector, MerchantDatabaseReaderOptions options) : IMerchantDatabaseReader
{
    public async IAsyncEnumerable<PayrollItemInput> ReadAsync(MerchantDatabaseSettings settings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Each page after the first repeats the row the previous one ended with: a page needs room for one more.
        var pageSize = Math.Max(2, options.PageSize);
        await using var connection = await connector.OpenAsync(settings, cancellationToken);
        var kind = MerchantDatabaseStatements.KindOf(connection.ServerVersion);
        await CheckColumnsAsync(connection, kind, settings, cancellationToken);

        object? after = null;
        long line = 0;
        while (true)
        {
            var page = await ReadPageAsync(connection, kind, settings, after, pageSize, line, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            line += page.Items.Count;
            if (page.RowCount < pageSize)
            {
                yield break;
            }

            // A full page whose last row has no reference: every row of it had none, and keyset paging cannot go on from nothing.
            after = page.LastReference is DBNull ? throw MerchantDatabaseErrors.TooManyWithoutReference(settings, pageSize) : page.LastReference;
        }
    }

    public async Task TestAsync(MerchantDatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await connector.OpenAsync(settings, cancellationToken);
        await CheckColumnsAsync(connection, MerchantDatabaseStatements.KindOf(connection.ServerVersion), settings, cancellationToken);
    }

    private static async Task CheckColumnsAsync(MySqlConnection connection, MerchantDatabaseServerKind kind, MerchantDatabaseSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new MySqlCommand(MerchantDatabaseStatements.Columns(kind, settings), connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var missing = MerchantDatabaseViewContract.Missing((await reader.GetColumnSchemaAsync(cancellationToken)).Select(c => c.ColumnName));
            if (missing.Count > 0)
            {
                throw MerchantDatabaseErrors.MissingColumns(settings, missing);
            }
        }
        catch (MySqlException exception)
        {
            throw MerchantDatabaseErrors.Translate(exception, settings);
        }
    }

    private static async Task<MerchantDatabasePage> ReadPageAsync(
        MySqlConnection connection, MerchantDatabaseServerKind kind, MerchantDatabaseSettings settings, object? after, int pageSize, long line, CancellationToken cancellationToken)
    {
        var items = new List<PayrollItemInput>(pageSize);
        var rowCount = 0;
        var repeats = 0;
        object lastReference = DBNull.Value;
        try
        {
            await using var command = new MySqlCommand(MerchantDatabaseStatements.Page(kind, settings, first: after is null), connection);
            command.Parameters.AddWithValue(MerchantDatabaseStatements.PageParameter, pageSize);
            if (after is not null)
            {
                command.Parameters.AddWithValue(MerchantDatabaseStatements.AfterParameter, after);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var flag = MerchantDatabaseViewContract.Columns.Count;
            while (await reader.ReadAsync(cancellationToken))
            {
                rowCount++;
                lastReference = reader.GetValue(0);
                if (after is not null && Convert.ToInt64(reader.GetValue(flag), System.Globalization.CultureInfo.InvariantCulture) == 1)
                {
                    // The row the previous page ended with; a second one is a reference the view repeats.
                    if (++repeats > 1)
                    {
                        throw MerchantDatabaseErrors.DuplicateReference(settings, after);
                    }

                    continue;
                }

                items.Add(MerchantDatabaseRow.ToInput(reader, line + items.Count + 1));
            }
        }
        catch (MySqlException exception)
        {
            throw MerchantDatabaseErrors.Translate(exception, settings);
        }

        return new MerchantDatabasePage(items, rowCount, lastReference);
    }
}
