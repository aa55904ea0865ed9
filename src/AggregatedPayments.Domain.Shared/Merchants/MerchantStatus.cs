namespace AggregatedPayments.Merchants;

public enum MerchantStatus
{
    Active = 0,
    Suspended = 1
}
