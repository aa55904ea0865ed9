using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The second layer of idempotency: an API caller's <c>Idempotency-Key</c>, per merchant and user, with
/// a hash of the request it came with and, once answered, the answer to replay. Unique by
/// (tenant, user, key), so two requests racing with one key cannot both run.
/// </summary>
public sealed class IdempotentRequest : Entity<Guid>, IMultiTenant, IHasCreationTime
{
    /// <summary>Hex of a SHA-256.</summary>
    public const int RequestHashLength = 64;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private IdempotentRequest()
    {
    }

    public IdempotentRequest(Guid id, Guid userId, string key, string requestHash, DateTime creationTime)
    {
        Id = id;
        UserId = userId;
        Key = key;
        RequestHash = requestHash;
        CreationTime = creationTime;
    }

    public Guid? TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public string Key { get; private set; } = null!;

    public string RequestHash { get; private set; } = null!;

    /// <summary>Null while the first request is still running.</summary>
    public int? StatusCode { get; private set; }

    public string? ResponseBody { get; private set; }

    public DateTime CreationTime { get; private set; }

    public bool IsExpired(DateTime utcNow) => CreationTime + Lifetime <= utcNow;

    public void Complete(int statusCode, string responseBody)
    {
        if (responseBody.Length > PayoutConsts.MaxIdempotentResponseLength)
        {
            throw new ArgumentException("The answer is too long to keep.", nameof(responseBody));
        }

        StatusCode = statusCode;
        ResponseBody = responseBody;
    }
}
