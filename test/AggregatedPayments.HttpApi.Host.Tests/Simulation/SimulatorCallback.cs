namespace AggregatedPayments.Simulation;

/// <summary>One callback the simulator owes, as <c>GET /_sim/callbacks</c> hands it over for the test to deliver.</summary>
public sealed record SimulatorCallback(long Id, string Channel, string Key, Uri Target, string ContentType, Dictionary<string, string> Headers, string BodyBase64)
{
    public byte[] Body => Convert.FromBase64String(BodyBase64);
}
