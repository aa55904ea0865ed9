namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>The provider's own status values, deliberately unlike the platform's state names.</summary>
public static class GenericStates
{
    public const string Ok = "ok";
    public const string Pending = "pending";
    public const string Rejected = "rejected";
    public const string Returned = "returned";
}
