using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Dictionaries;

public sealed class ErrorDictionaryStorageTests : IAsyncLifetime
{
    private static readonly ErrorEntryFlags Rejection = new(IsRetryable: false, IsFinal: true, IsNeverAccepted: true);

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await DictionaryTestDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_refuse_a_second_entry_for_the_same_channel_error_code()
    {
        await CreateEntryAsync(PayoutErrorCodes.PayeeAccountInvalid, "alipay", "PAYEE_NOT_EXIST");

        var exception = await Should.ThrowAsync<ConflictException>(() => CreateEntryAsync(PayoutErrorCodes.PayeeNameMismatch, "alipay", "PAYEE_NOT_EXIST"));

        exception.Code.ShouldBe(DictionariesErrorCodes.ErrorEntryAlreadyExists);
    }

    [Fact]
    public async Task Should_refuse_a_second_platform_entry_with_the_same_code()
    {
        var exception = await Should.ThrowAsync<ConflictException>(() => CreateEntryAsync(PayoutErrorCodes.InsufficientBalance, null, null));

        exception.Code.ShouldBe(DictionariesErrorCodes.ErrorEntryAlreadyExists);
    }

    [Fact]
    public async Task Should_allow_one_error_code_on_two_channels_and_one_platform_code_for_many_channel_codes()
    {
        await CreateEntryAsync(PayoutErrorCodes.PayeeAccountInvalid, "alipay", "PAYEE_NOT_EXIST");
        await CreateEntryAsync(PayoutErrorCodes.PayeeAccountInvalid, "wechatpay", "PAYEE_NOT_EXIST");
        await CreateEntryAsync(PayoutErrorCodes.PayeeAccountInvalid, "alipay", "PAYEE_ACC_OCUPIED");

        var mapped = await _database.InScopeAsync(async sp =>
        {
            var lookup = sp.GetRequiredService<IErrorDictionaryLookup>();
            return new[]
            {
                await lookup.FindAsync("alipay", "PAYEE_NOT_EXIST"),
                await lookup.FindAsync("wechatpay", "PAYEE_NOT_EXIST"),
                await lookup.FindAsync("alipay", "PAYEE_ACC_OCUPIED")
            };
        });

        mapped.ShouldAllBe(e => e != null && e.Code == PayoutErrorCodes.PayeeAccountInvalid);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("alipay", "PAYER_BALANCE_NOT_ENOUGH")]
    public async Task Should_keep_entries_unique_in_the_database_with_and_without_channel(string? channelCode, string? channelErrorCode)
    {
        const string code = "AP:Payouts:TestRace";
        if (channelCode is not null)
        {
            await CreateEntryAsync(code, null, null);
        }

        await using var first = _database.CreateScope();
        await using var second = _database.CreateScope();
        foreach (var scope in new[] { first, second })
        {
            await scope.ServiceProvider.GetRequiredService<ErrorDictionaryManager>()
                .CreateAsync(code, channelCode, channelErrorCode, "Race", null, Rejection, isBuiltIn: false, CancellationToken.None);
        }

        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        var exception = await Should.ThrowAsync<ConflictException>(() => second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync());

        exception.Code.ShouldBe(ErrorCodes.DuplicateKey);
    }

    [Fact]
    public async Task Should_refuse_mapping_a_channel_code_onto_an_unknown_platform_code()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => CreateEntryAsync("AP:Payouts:NoSuchCode", "alipay", "SOME_ERROR"));

        exception.Code.ShouldBe(DictionariesErrorCodes.UnknownPlatformCode);
    }

    [Fact]
    public async Task Should_refuse_deleting_a_platform_code_that_channel_codes_map_onto()
    {
        await CreateEntryAsync("AP:Payouts:PayeeDeceased", null, null);
        await CreateEntryAsync("AP:Payouts:PayeeDeceased", "bankfile", "AC04");

        var exception = await Should.ThrowAsync<ConflictException>(() => _database.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ErrorDictionaryManager>();
            await manager.DeleteAsync((await manager.FindAsync(null, "AP:Payouts:PayeeDeceased", CancellationToken.None))!, CancellationToken.None);
        }));

        exception.Code.ShouldBe(DictionariesErrorCodes.PlatformCodeInUse);
    }

    [Fact]
    public async Task Should_refuse_a_seeded_platform_code_being_deleted()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => _database.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ErrorDictionaryManager>();
            await manager.DeleteAsync((await manager.FindAsync(null, PayoutErrorCodes.RateLimited, CancellationToken.None))!, CancellationToken.None);
        }));

        exception.Code.ShouldBe(DictionariesErrorCodes.BuiltInCannotBeDeleted);
    }

    [Fact]
    public async Task Should_refuse_an_answer_that_is_final_and_retryable()
    {
        var exception = await Should.ThrowAsync<InvalidInputException>(() => _database.InScopeAsync(sp =>
            sp.GetRequiredService<ErrorDictionaryManager>().CreateAsync(
                "AP:Payouts:Odd", null, null, "Odd", null, new ErrorEntryFlags(true, true, false), isBuiltIn: false, CancellationToken.None)));

        exception.Errors.Single().Members.ShouldBe([nameof(ErrorEntryFlags.IsFinal)]);
    }

    private Task CreateEntryAsync(string code, string? channelCode, string? channelErrorCode) =>
        _database.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ErrorDictionaryManager>()
                .CreateAsync(code, channelCode, channelErrorCode, "Message", "消息", Rejection, isBuiltIn: false, CancellationToken.None);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
}
