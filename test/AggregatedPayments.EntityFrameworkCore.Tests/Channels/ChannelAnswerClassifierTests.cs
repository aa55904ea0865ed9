using System.Reflection;
using System.Text.Json;
using AggregatedPayments.Data;
using AggregatedPayments.Dictionaries;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels;

/// <summary>Every seeded provider code, run through the classifier, lands in the class its flags allow.</summary>
public sealed class ChannelAnswerClassifierTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateWithApplicationAsync();
        await using var scope = _database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(default);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_reject_only_the_seeded_codes_that_are_final_and_never_accepted()
    {
        var seeded = SeededChannelEntries();
        seeded.Count.ShouldBeGreaterThan(20);

        foreach (var (provider, code, isFinal, isNeverAccepted) in seeded)
        {
            var classification = await ClassifyAsync(provider, new SubmitResult.Refused(new ProviderError("40004", code, "from the provider")));

            if (isFinal && isNeverAccepted)
            {
                classification.ShouldBeOfType<SubmitClassification.Rejected>($"{provider} {code}");
            }
            else
            {
                classification.ShouldBeOfType<SubmitClassification.Unknown>($"{provider} {code}");
            }
        }
    }

    [Theory]
    [InlineData("Alipay", "PAYMENT_INFO_INCONSISTENCY")]
    [InlineData("Sandbox", "KEY_REUSED_WITH_DIFFERENT_PARAMETERS")]
    [InlineData("Alipay", "SYSTEM_ERROR")]
    [InlineData("Alipay", "A_CODE_NOBODY_MAPPED")]
    [InlineData("NoSuchProvider", "PAYEE_NOT_EXIST")]
    public async Task Should_leave_key_clashes_system_errors_and_unmapped_codes_to_a_query(string provider, string code)
    {
        var classification = await ClassifyAsync(provider, new SubmitResult.Refused(new ProviderError("40004", code, null)));

        classification.ShouldBeOfType<SubmitClassification.Unknown>();
    }

    [Fact]
    public async Task Should_look_up_the_code_when_the_provider_sent_no_sub_code()
    {
        var classification = await ClassifyAsync("Sandbox", new SubmitResult.Refused(new ProviderError("INSUFFICIENT_BALANCE", null, null)));

        classification.ShouldBeOfType<SubmitClassification.Rejected>().Entry.Code.ShouldBe("AP:Payouts:InsufficientBalance");
    }

    [Fact]
    public async Task Should_keep_accepted_and_unknown_answers_as_they_are()
    {
        (await ClassifyAsync("Alipay", new SubmitResult.Accepted("2026112700001", ChannelPayoutState.Processing)))
            .ShouldBeOfType<SubmitClassification.Accepted>().ProviderReference.ShouldBe("2026112700001");
        (await ClassifyAsync("Alipay", new SubmitResult.Unknown("timeout"))).ShouldBeOfType<SubmitClassification.Unknown>().Reason.ShouldBe("timeout");
    }

    private async Task<SubmitClassification> ClassifyAsync(string provider, SubmitResult result)
    {
        await using var scope = _database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ChannelAnswerClassifier>().ClassifyAsync(provider, result, default);
    }

    /// <summary>Read from the seed file itself, so a code added there is tested without touching this test.</summary>
    private static List<(string Provider, string Code, bool IsFinal, bool IsNeverAccepted)> SeededChannelEntries()
    {
        var assembly = typeof(ChannelAnswerClassifier).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("SeedData.channel-errors.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => (e.GetProperty("channelCode").GetString()!, e.GetProperty("channelErrorCode").GetString()!,
                e.GetProperty("isFinal").GetBoolean(), e.GetProperty("isNeverAccepted").GetBoolean()))
            .ToList();
    }
}
