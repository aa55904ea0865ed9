using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Dictionaries;

/// <summary>Each read runs in its own scope, as separate requests would; the cache is shared by all of them.</summary>
public sealed class DictionaryLookupTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await DictionaryTestDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_see_an_added_item_at_once_although_the_dictionary_was_cached()
    {
        (await IsValidBankAsync("WEBANK")).ShouldBeFalse();

        await EditBanksAsync(banks => banks.AddItem("WEBANK", "WeBank", "微众银行", 500, isActive: true, extra: null));

        (await IsValidBankAsync("WEBANK")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_stop_validating_a_deactivated_item_at_once()
    {
        (await IsValidBankAsync("HXB")).ShouldBeTrue();

        await EditBanksAsync(banks =>
        {
            var item = banks.FindItem("HXB")!;
            banks.UpdateItem(item.Id, item.NameEn, item.NameZhHans, item.SortOrder, isActive: false, item.Extra);
        });

        (await IsValidBankAsync("HXB")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_validate_no_item_of_an_inactive_dictionary()
    {
        (await IsValidBankAsync("ICBC")).ShouldBeTrue();

        await EditBanksAsync(banks => banks.Set(banks.NameEn, banks.NameZhHans, banks.Description, isActive: false));

        (await IsValidBankAsync("ICBC")).ShouldBeFalse();
        var items = await _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().GetItemsAsync(DictionaryCodes.Banks));
        items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_not_keep_the_old_rows_cached_by_a_reader_while_a_transaction_was_open()
    {
        (await IsValidBankAsync("WEBANK")).ShouldBeFalse();
        await using var writer = _database.CreateScope();
        var unitOfWork = writer.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginTransactionAsync();
        var banks = await writer.ServiceProvider.GetRequiredService<DictionaryManager>().GetByCodeAsync(DictionaryCodes.Banks, CancellationToken.None);
        banks.AddItem("WEBANK", "WeBank", "微众银行", 500, isActive: true, extra: null);
        await unitOfWork.SaveChangesAsync();

        (await IsValidBankAsync("WEBANK")).ShouldBeFalse("another connection does not see the uncommitted item");
        await transaction.CommitAsync();

        (await IsValidBankAsync("WEBANK")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_answer_an_unknown_currency_with_its_code()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() =>
            _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().GetCurrencyExponentAsync("XYZ")));

        exception.Code.ShouldBe(DictionariesErrorCodes.UnknownCurrency);
        exception.Values["currency"].ShouldBe("XYZ");
    }

    [Fact]
    public async Task Should_answer_not_found_for_the_items_of_an_unknown_dictionary()
    {
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().GetItemsAsync("NoSuchDictionary")));
    }

    [Fact]
    public async Task Should_map_a_channel_error_code_and_leave_unmapped_codes_unknown()
    {
        (await FindErrorAsync("alipay", "PAYER_BALANCE_NOT_ENOUGH")).ShouldBeNull();

        await _database.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ErrorDictionaryManager>().CreateAsync(
                PayoutErrorCodes.InsufficientBalance, "alipay", "PAYER_BALANCE_NOT_ENOUGH", "Balance too low", "余额不足",
                new ErrorEntryFlags(false, true, true), isBuiltIn: false, CancellationToken.None);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var mapped = await FindErrorAsync("alipay", "PAYER_BALANCE_NOT_ENOUGH");
        mapped.ShouldNotBeNull();
        mapped.Code.ShouldBe(PayoutErrorCodes.InsufficientBalance);
        mapped.GetMessage("zh-CN").ShouldBe("余额不足");
        (await FindErrorAsync("alipay", "payer_balance_not_enough")).ShouldBeNull();
        (await FindErrorAsync("wechatpay", "PAYER_BALANCE_NOT_ENOUGH")).ShouldBeNull();
        (await FindErrorAsync(null, "PAYER_BALANCE_NOT_ENOUGH")).ShouldBeNull();
    }

    [Fact]
    public async Task Should_read_the_new_flags_of_an_edited_error_entry_at_once()
    {
        (await FindErrorAsync(null, PayoutErrorCodes.PayeeAccountInvalid))!.Flags.IsNeverAccepted.ShouldBeTrue();

        await _database.InScopeAsync(async sp =>
        {
            var entry = await sp.GetRequiredService<ErrorDictionaryManager>().FindAsync(null, PayoutErrorCodes.PayeeAccountInvalid, CancellationToken.None);
            entry!.Set(entry.MessageEn, entry.MessageZhHans, new ErrorEntryFlags(false, true, IsNeverAccepted: false));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        (await FindErrorAsync(null, PayoutErrorCodes.PayeeAccountInvalid))!.Flags.IsNeverAccepted.ShouldBeFalse();
    }

    private Task<bool> IsValidBankAsync(string code) =>
        _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().IsValidItemAsync(DictionaryCodes.Banks, code));

    private Task<ErrorDictionaryEntryInfo?> FindErrorAsync(string? channelCode, string errorCode) =>
        _database.InScopeAsync(sp => sp.GetRequiredService<IErrorDictionaryLookup>().FindAsync(channelCode, errorCode));

    private Task EditBanksAsync(Action<ServiceDictionary> edit) =>
        _database.InScopeAsync(async sp =>
        {
            var banks = await sp.GetRequiredService<DictionaryManager>().GetByCodeAsync(DictionaryCodes.Banks, CancellationToken.None);
            edit(banks);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
}
