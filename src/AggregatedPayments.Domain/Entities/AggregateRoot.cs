namespace AggregatedPayments.Entities;

public abstract class AggregateRoot : Entity<Guid>, IHasVersion, IHasCreationTime
{
    protected AggregateRoot()
    {
    }

    protected AggregateRoot(Guid id) => Id = id;

    public int Version { get; protected set; }

    public DateTime CreationTime { get; protected set; }
}
