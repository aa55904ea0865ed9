namespace AggregatedPayments.FaultInjection;

/// <summary>
/// Named places between two persistence steps where a test may kill the process, to prove that a
/// crash there neither loses nor duplicates money. Outside the Testing environment nothing happens.
/// </summary>
public interface IFaultPoints
{
    void Reach(string name);
}
