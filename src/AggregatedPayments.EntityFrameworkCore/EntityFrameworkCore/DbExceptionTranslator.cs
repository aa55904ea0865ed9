using AggregatedPayments.Exceptions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>Turns a unique-key clash or a lost update into a clear conflict, never a 500.</summary>
public static class DbExceptionTranslator
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static Exception Translate(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => new ConflictException(ErrorCodes.ConcurrencyConflict, innerException: exception),
        _ when IsUniqueViolation(exception.InnerException) => new ConflictException(ErrorCodes.DuplicateKey, innerException: exception),
        _ => exception
    };

    public static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                                  && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        MySqlException mySql => mySql.ErrorCode == MySqlErrorCode.DuplicateKeyEntry,
        _ => false
    };

    /// <summary>
    /// Two writers took row locks in opposite orders (a MariaDB deadlock victim) or one waited too long:
    /// nothing of the statement's transaction stays, and the same work tried again can succeed.
    /// </summary>
    public static bool IsLockConflict(Exception? exception) => exception switch
    {
        MySqlException mySql => mySql.ErrorCode is MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout,
        DbUpdateException update => IsLockConflict(update.InnerException),
        _ => false
    };
}
