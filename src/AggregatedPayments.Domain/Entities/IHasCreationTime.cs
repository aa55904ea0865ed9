namespace AggregatedPayments.Entities;

public interface IHasCreationTime
{
    /// <summary>UTC; stamped by the DbContext from the TimeProvider when the row is added.</summary>
    DateTime CreationTime { get; }
}
