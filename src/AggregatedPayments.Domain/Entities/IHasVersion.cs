namespace AggregatedPayments.Entities;

/// <summary>
/// An application-managed concurrency column: the DbContext raises it on every update and puts the
/// expected value in the WHERE clause, which behaves the same on SQLite and MySQL (no rowversion).
/// </summary>
public interface IHasVersion
{
    int Version { get; }
}
