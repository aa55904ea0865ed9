namespace AggregatedPayments.Channels;

public static class ChannelPermissions
{
    public const string GroupName = "AggregatedPayments.Channels";

    public const string Default = GroupName + ".Channels";
    public const string Create = Default + ".Create";
    public const string Update = Default + ".Update";

    /// <summary>Opening or closing a channel decides whether money moves through it.</summary>
    public const string OpenClose = Default + ".OpenClose";
    public const string Delete = Default + ".Delete";

    /// <summary>Open a channel to a merchant with the merchant's parameters, limits and routing.</summary>
    public const string OpenToMerchants = Default + ".OpenToMerchants";

    /// <summary>A merchant reads which channels are open to it (never their parameter values).</summary>
    public const string MyChannels = GroupName + ".MyChannels";
}
