namespace AggregatedPayments.Payouts;

public enum ChaosPayoutKind
{
    /// <summary>To an Alipay account: final at once.</summary>
    Account,

    /// <summary>To a bank card: dealing until the bank's verdict.</summary>
    Card,

    /// <summary>Refused by the simulator before paying: the account does not exist.</summary>
    UnknownAccount,

    /// <summary>Refused by the simulator before paying: the name does not match the account.</summary>
    NameMismatch,

    /// <summary>Refused by the simulator before paying: the card number is invalid.</summary>
    RefusedCard
}
