namespace AggregatedPayments.Dtos;

/// <summary>One page of a list. <see cref="NextCursor"/> is set when the list is keyset-paged and more rows follow.</summary>
public sealed record PagedResultDto<T>(IReadOnlyList<T> Items, long TotalCount, string? NextCursor = null);
