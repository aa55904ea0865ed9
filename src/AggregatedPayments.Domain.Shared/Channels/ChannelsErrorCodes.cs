namespace AggregatedPayments.Channels;

public static class ChannelsErrorCodes
{
    public const string UnknownProvider = "AP:Channels:UnknownProvider";
    public const string CodeAlreadyExists = "AP:Channels:CodeAlreadyExists";
    public const string FunctionNotSupported = "AP:Channels:FunctionNotSupported";
    public const string UnknownParameter = "AP:Channels:UnknownParameter";
    public const string ParameterNotForSupplier = "AP:Channels:ParameterNotForSupplier";
    public const string ParameterRequired = "AP:Channels:ParameterRequired";
    public const string ParameterInvalid = "AP:Channels:ParameterInvalid";
    public const string CurrencyNotSupported = "AP:Channels:CurrencyNotSupported";
    public const string InvalidLimits = "AP:Channels:InvalidLimits";
    public const string ChannelInUse = "AP:Channels:ChannelInUse";
    public const string AlreadyOpenToMerchant = "AP:Channels:AlreadyOpenToMerchant";
    public const string FunctionNotEnabledOnChannel = "AP:Channels:FunctionNotEnabledOnChannel";
    public const string LimitAboveChannelLimit = "AP:Channels:LimitAboveChannelLimit";
    public const string InvalidTradingHours = "AP:Channels:InvalidTradingHours";
    public const string PayoutsInFlight = "AP:Channels:PayoutsInFlight";
}
