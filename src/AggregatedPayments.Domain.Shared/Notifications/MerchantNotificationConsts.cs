namespace AggregatedPayments.Notifications;

public static class MerchantNotificationConsts
{
    /// <summary>"payout.succeeded" and the like; room for other subjects (withdrawals) later.</summary>
    public const int MaxEventTypeLength = 64;

    /// <summary>A payout of the most lines (500) with the longest references stays well below it.</summary>
    public const int MaxBodyLength = 128 * 1024;

    /// <summary>What is kept of an endpoint's answer, in characters: enough to read an error, never a whole page.</summary>
    public const int MaxResponseExcerptLength = 1024;

    public const int MaxActorLength = 128;

    /// <summary>Enums are stored by name; the longest fits with room.</summary>
    public const int EnumLength = 24;
}
