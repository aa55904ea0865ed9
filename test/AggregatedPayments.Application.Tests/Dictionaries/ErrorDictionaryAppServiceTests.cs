using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Dictionaries;

public sealed class ErrorDictionaryAppServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await DictionaryTestDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_map_a_channel_code_and_list_it_by_channel()
    {
        var created = await CallAsync(s => s.CreateAsync(ChannelEntry("alipay", "PAYEE_NOT_EXIST", PayoutErrorCodes.PayeeAccountInvalid)));
        await CallAsync(s => s.CreateAsync(ChannelEntry("wechatpay", "ACCOUNT_NOT_EXIST", PayoutErrorCodes.PayeeAccountInvalid)));

        var alipay = await CallAsync(s => s.GetListAsync(new GetErrorDictionaryListInput { ChannelCode = "alipay" }));
        var platform = await CallAsync(s => s.GetListAsync(new GetErrorDictionaryListInput { IsPlatformEntry = true, MaxResultCount = 100 }));
        var mappedOntoPayee = await CallAsync(s => s.GetListAsync(new GetErrorDictionaryListInput { Code = PayoutErrorCodes.PayeeAccountInvalid, MaxResultCount = 100 }));
        var filtered = await CallAsync(s => s.GetListAsync(new GetErrorDictionaryListInput { Filter = "NOT_EXIST", MaxResultCount = 100 }));

        created.ChannelCode.ShouldBe("alipay");
        created.ChannelErrorCode.ShouldBe("PAYEE_NOT_EXIST");
        alipay.Items.Single().Id.ShouldBe(created.Id);
        platform.Items.ShouldAllBe(e => e.ChannelCode == null && e.ChannelErrorCode == null && e.IsBuiltIn);
        platform.TotalCount.ShouldBe(15);
        // The seeded provider entries (channel "Alipay", "Sandbox") map onto the same platform code; codes compare byte for byte.
        mappedOntoPayee.Items.ShouldAllBe(e => e.Code == PayoutErrorCodes.PayeeAccountInvalid);
        mappedOntoPayee.Items.Where(e => e.ChannelCode is "alipay" or "wechatpay").Count().ShouldBe(2);
        mappedOntoPayee.Items.Count(e => e.ChannelCode == null).ShouldBe(1);
        filtered.Items.Select(e => e.ChannelCode).ShouldContain("alipay");
        filtered.Items.Select(e => e.ChannelCode).ShouldContain("wechatpay");
        filtered.Items.ShouldAllBe(e => e.ChannelErrorCode!.Contains("NOT_EXIST"));
    }

    [Fact]
    public async Task Should_refuse_a_duplicate_entry()
    {
        await CallAsync(s => s.CreateAsync(ChannelEntry("alipay", "PAYEE_NOT_EXIST", PayoutErrorCodes.PayeeAccountInvalid)));

        var channel = await Should.ThrowAsync<ConflictException>(() =>
            CallAsync(s => s.CreateAsync(ChannelEntry("alipay", "PAYEE_NOT_EXIST", PayoutErrorCodes.PayeeNameMismatch))));
        var platform = await Should.ThrowAsync<ConflictException>(() =>
            CallAsync(s => s.CreateAsync(new CreateErrorDictionaryEntryDto { Code = PayoutErrorCodes.RateLimited, MessageEn = "Again" })));

        channel.Code.ShouldBe(DictionariesErrorCodes.ErrorEntryAlreadyExists);
        platform.Code.ShouldBe(DictionariesErrorCodes.ErrorEntryAlreadyExists);
    }

    [Fact]
    public async Task Should_refuse_a_channel_error_code_on_an_entry_without_channel()
    {
        var exception = await Should.ThrowAsync<InvalidInputException>(() => CallAsync(s => s.CreateAsync(
            new CreateErrorDictionaryEntryDto { Code = "AP:Payouts:Other", ChannelErrorCode = "E1", MessageEn = "Other" })));

        exception.Errors.Single().Members.ShouldBe([nameof(CreateErrorDictionaryEntryDto.ChannelErrorCode)]);
    }

    [Fact]
    public async Task Should_answer_not_found_for_an_unknown_entry()
    {
        var unknown = Guid.NewGuid();

        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.GetAsync(unknown)));
        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.UpdateAsync(unknown, new UpdateErrorDictionaryEntryDto { MessageEn = "X" })));
        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.DeleteAsync(unknown)));
    }

    [Fact]
    public async Task Should_update_messages_and_flags_and_refuse_an_old_version()
    {
        var created = await CallAsync(s => s.CreateAsync(ChannelEntry("alipay", "SYSTEM_ERROR", PayoutErrorCodes.ChannelSystemError)));
        var edit = new UpdateErrorDictionaryEntryDto
        {
            MessageEn = "Alipay had a system error.", MessageZhHans = "支付宝系统异常。", IsRetryable = true, Version = created.Version
        };

        var updated = await CallAsync(s => s.UpdateAsync(created.Id, edit));
        var stale = await Should.ThrowAsync<ConflictException>(() => CallAsync(s => s.UpdateAsync(created.Id, edit)));

        updated.MessageZhHans.ShouldBe("支付宝系统异常。");
        updated.IsRetryable.ShouldBeTrue();
        updated.IsFinal.ShouldBeFalse();
        stale.Code.ShouldBe(ErrorCodes.ConcurrencyConflict);
    }

    [Fact]
    public async Task Should_delete_a_mapping_but_not_a_built_in_platform_code()
    {
        var created = await CallAsync(s => s.CreateAsync(ChannelEntry("alipay", "PAYEE_NOT_EXIST", PayoutErrorCodes.PayeeAccountInvalid)));
        var platform = (await CallAsync(s => s.GetListAsync(new GetErrorDictionaryListInput { IsPlatformEntry = true, Code = PayoutErrorCodes.RateLimited }))).Items.Single();

        await CallAsync(s => s.DeleteAsync(created.Id));
        var refused = await Should.ThrowAsync<BusinessException>(() => CallAsync(s => s.DeleteAsync(platform.Id)));

        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.GetAsync(created.Id)));
        refused.Code.ShouldBe(DictionariesErrorCodes.BuiltInCannotBeDeleted);
    }

    private static CreateErrorDictionaryEntryDto ChannelEntry(string channel, string channelErrorCode, string code) =>
        new()
        {
            Code = code,
            ChannelCode = channel,
            ChannelErrorCode = channelErrorCode,
            MessageEn = "Mapped " + channelErrorCode,
            IsFinal = true,
            IsNeverAccepted = true
        };

    private Task<T> CallAsync<T>(Func<IErrorDictionaryAppService, Task<T>> call) =>
        _database.InScopeAsync(sp => call(sp.GetRequiredService<IErrorDictionaryAppService>()));

    private Task CallAsync(Func<IErrorDictionaryAppService, Task> call) =>
        _database.InScopeAsync(sp => call(sp.GetRequiredService<IErrorDictionaryAppService>()));
}
