namespace AggregatedPayments.Entities;

public abstract class SoftDeleteAggregateRoot : AggregateRoot, ISoftDelete
{
    protected SoftDeleteAggregateRoot()
    {
    }

    protected SoftDeleteAggregateRoot(Guid id)
        : base(id)
    {
    }

    public bool IsDeleted { get; private set; }

    public DateTime? DeletionTime { get; private set; }

    public void MarkDeleted(DateTime utcNow)
    {
        IsDeleted = true;
        DeletionTime = utcNow;
    }
}
