using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Encryption;

public sealed class BlindIndexerTests
{
    private const string Purpose = "Payee.AccountNumber";

    [Fact]
    public void Should_give_the_same_index_for_the_same_value_on_every_instance()
    {
        var first = Indexer(EncryptionKeyValidator.TestKey).Compute(Purpose, "6222021234567890");
        var second = Indexer(EncryptionKeyValidator.TestKey).Compute(Purpose, "6222021234567890");

        first.ShouldBe(second);
        first.Length.ShouldBe(EncryptionConsts.BlindIndexLength);
        first.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Should_give_different_indexes_for_different_values_purposes_and_keys()
    {
        var indexer = Indexer(EncryptionKeyValidator.TestKey);
        var index = indexer.Compute(Purpose, "6222021234567890");

        indexer.Compute(Purpose, "6222021234567891").ShouldNotBe(index);
        indexer.Compute("Merchant.Card", "6222021234567890").ShouldNotBe(index);
        Indexer(EncryptionKeyValidator.SecondTestKey).Compute(Purpose, "6222021234567890").ShouldNotBe(index);
    }

    [Fact]
    public void Should_leave_normalisation_to_the_caller()
    {
        var indexer = Indexer(EncryptionKeyValidator.TestKey);

        indexer.Compute(Purpose, "6222 0212 3456 7890").ShouldNotBe(indexer.Compute(Purpose, "6222021234567890"));
    }

    [Fact]
    public void Should_look_up_under_the_current_and_the_previous_key_while_a_key_change_is_under_way()
    {
        var before = Indexer(EncryptionKeyValidator.TestKey).Compute(Purpose, "6222021234567890");
        var changing = Indexer(EncryptionKeyValidator.SecondTestKey, EncryptionKeyValidator.TestKey);

        var candidates = changing.ComputeForLookup(Purpose, "6222021234567890");

        candidates.ShouldBe([changing.Compute(Purpose, "6222021234567890"), before]);
    }

    private static BlindIndexer Indexer(string key, params string[] previous) =>
        new(new KeyEncryptionKeys(Options.Create(new EncryptionOptions { KeyEncryptionKey = key, PreviousKeyEncryptionKeys = previous.ToList() })));
}
