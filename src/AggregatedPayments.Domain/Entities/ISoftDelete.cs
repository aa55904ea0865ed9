namespace AggregatedPayments.Entities;

/// <summary>Deleting marks the row; the DbContext's query filter hides it.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }

    DateTime? DeletionTime { get; }

    void MarkDeleted(DateTime utcNow);
}
