using AggregatedPayments.Channels;
using AggregatedPayments.Encryption;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AggregatedPayments.Payouts;

/// <summary>The payout domain over in-memory stand-ins: real encryption and blind index, a fake clock, a captured store.</summary>
internal sealed class PayoutTestServices
{
    public static readonly PayeeDetails Zhang = new("6222 0212 3456 7890", "张三", PayeeAccountType.BankCard, "ICBC");

    public PayoutTestServices()
    {
        Payees = new PayeeAccountFactory(new EncryptionService(new InMemoryDataKeyRing()), Indexer());
        Orders = new PayoutOrderManager(Store, Payees, new TwoCurrencyLookup(), new FixedTenant(TenantId), Clock);
    }

    public Guid TenantId { get; } = Guid.NewGuid();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    public InMemoryPayoutOrderStore Store { get; } = new();

    public PayeeAccountFactory Payees { get; }

    public PayoutOrderManager Orders { get; }

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public static PayoutLineRequest Line(string reference, long minor, PayeeDetails? payee = null, string currency = "CNY") =>
        new(reference, new Money(minor, currency), payee ?? Zhang, "Salary");

    public static BlindIndexer Indexer() =>
        new(new KeyEncryptionKeys(Options.Create(new EncryptionOptions { KeyEncryptionKey = EncryptionKeyValidator.TestKey })));

    public async Task<PayoutOrder> NewOrderAsync(params PayoutLineRequest[] lines)
    {
        var creation = await Orders.CreateAsync(lines.Length == 0 ? [Line("REF-1", 10_00)] : lines, "clerk", CancellationToken.None);
        return Store.Orders.Single(o => o.Id == creation.OrderId);
    }

    public PayoutAttempt Start(PayoutOrder order) =>
        order.StartAttempt(Guid.NewGuid(), Guid.NewGuid(), "KEY-" + order.Attempts.Count, "v1:1:cipher", "application/json", "job", Now).NewAttempt!;
}
