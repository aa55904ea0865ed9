using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>An edit names the version it was made on; saving it over a newer one would silently undo someone else's change.</summary>
internal static class VersionCheck
{
    public static void Ensure(int current, int expected, string entityName)
    {
        if (current != expected)
        {
            throw new ConflictException(ErrorCodes.ConcurrencyConflict, $"{entityName} is at version {current}, not {expected}.");
        }
    }
}
