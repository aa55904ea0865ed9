using AggregatedPayments.Entities;

namespace AggregatedPayments.Dtos;

/// <summary>
/// Newest-first keyset paging over any aggregate (creation time, then id): the rows after the cursor, one
/// more than the page to know whether another follows. Rows added meanwhile never shift a later page.
/// </summary>
public static class KeysetPaging
{
    public static IQueryable<T> NewestFirstAfter<T>(IQueryable<T> query, string? cursor, int size)
        where T : AggregateRoot
    {
        if (KeysetCursor.Parse(cursor) is { } after)
        {
            query = query.Where(x => x.CreationTime < after.Time || (x.CreationTime == after.Time && x.Id.CompareTo(after.Id) < 0));
        }

        return query.OrderByDescending(x => x.CreationTime).ThenByDescending(x => x.Id).Take(size + 1);
    }

    /// <summary>The page itself and the cursor of the next one, from what <see cref="NewestFirstAfter{T}"/> read.</summary>
    public static (List<T> Items, string? NextCursor) Split<T>(List<T> read, int size)
        where T : AggregateRoot
    {
        var items = read.Take(size).ToList();
        return (items, read.Count > size ? new KeysetCursor(items[^1].CreationTime, items[^1].Id).ToString() : null);
    }
}
