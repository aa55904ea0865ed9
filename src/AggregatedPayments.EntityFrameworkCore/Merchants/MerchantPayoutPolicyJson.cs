using System.Text.Json;
using AggregatedPayments.Merchants.Policies;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AggregatedPayments.Merchants;

/// <summary>
/// The payout policy is read whole and written whole, never queried by its parts: one JSON column keeps
/// it with the merchant row, so the merchant's entity-change audit shows every change of it.
/// </summary>
internal static class MerchantPayoutPolicyJson
{
    public const int MaxLength = 8000;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<MerchantPayoutPolicy, string> Converter { get; } = new(
        policy => Serialize(policy),
        json => Deserialize(json));

    public static ValueComparer<MerchantPayoutPolicy> Comparer { get; } = new(
        (a, b) => Serialize(a) == Serialize(b),
        policy => Serialize(policy).GetHashCode(StringComparison.Ordinal),
        policy => Deserialize(Serialize(policy)));

    private static string Serialize(MerchantPayoutPolicy? policy) => JsonSerializer.Serialize(policy ?? MerchantPayoutPolicy.Empty, Options);

    private static MerchantPayoutPolicy Deserialize(string json) =>
        JsonSerializer.Deserialize<MerchantPayoutPolicy>(json, Options) ?? MerchantPayoutPolicy.Empty;
}
