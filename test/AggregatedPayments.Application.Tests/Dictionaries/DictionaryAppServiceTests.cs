using System.Text.Json;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Dictionaries;

public sealed class DictionaryAppServiceTests : IAsyncLifetime
{
    private const int BuiltInDictionaryCount = 4;

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await DictionaryTestDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_create_a_dictionary_with_items_and_show_it()
    {
        var created = await CallAsync(s => s.CreateAsync(new CreateServiceDictionaryDto { Code = "Regions", NameEn = "Regions", NameZhHans = "地区" }));
        await CallAsync(s => s.CreateItemAsync(created.Id, new CreateDictionaryItemDto { Code = "NORTH", NameEn = "North", SortOrder = 2 }));
        await CallAsync(s => s.CreateItemAsync(created.Id, new CreateDictionaryItemDto { Code = "SOUTH", NameEn = "South", NameZhHans = "南方", SortOrder = 1 }));

        var shown = await CallAsync(s => s.GetAsync(created.Id));
        var list = await CallAsync(s => s.GetListAsync(new GetServiceDictionaryListInput { MaxResultCount = 100 }));

        shown.Code.ShouldBe("Regions");
        shown.IsBuiltIn.ShouldBeFalse();
        shown.Items.Select(i => i.Code).ShouldBe(["SOUTH", "NORTH"]);
        shown.Items[0].NameZhHans.ShouldBe("南方");
        list.TotalCount.ShouldBe(BuiltInDictionaryCount + 1);
        list.Items.Single(d => d.Code == "Regions").ItemCount.ShouldBe(2);
        list.Items.Single(d => d.Code == DictionaryCodes.Banks).IsBuiltIn.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_refuse_a_duplicate_item_code()
    {
        var banks = await GetBanksAsync();

        var exception = await Should.ThrowAsync<ConflictException>(() =>
            CallAsync(s => s.CreateItemAsync(banks.Id, new CreateDictionaryItemDto { Code = "CMB", NameEn = "Another CMB" })));

        exception.Code.ShouldBe(DictionariesErrorCodes.ItemCodeAlreadyExists);
        exception.Values["code"].ShouldBe("CMB");
    }

    [Fact]
    public async Task Should_refuse_a_duplicate_dictionary_code()
    {
        var exception = await Should.ThrowAsync<ConflictException>(() =>
            CallAsync(s => s.CreateAsync(new CreateServiceDictionaryDto { Code = DictionaryCodes.Currencies, NameEn = "Money" })));

        exception.Code.ShouldBe(DictionariesErrorCodes.CodeAlreadyExists);
    }

    [Fact]
    public async Task Should_answer_not_found_for_what_does_not_exist()
    {
        var banks = await GetBanksAsync();
        var unknown = Guid.NewGuid();

        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.GetAsync(unknown)));
        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.CreateItemAsync(unknown, new CreateDictionaryItemDto { Code = "X", NameEn = "X" })));
        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.UpdateItemAsync(banks.Id, unknown, new UpdateDictionaryItemDto { NameEn = "X" })));
        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.DeleteItemAsync(banks.Id, unknown)));
        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.DeleteAsync(unknown)));
        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.GetItemsAsync("NoSuchDictionary")));
    }

    [Fact]
    public async Task Should_refuse_deleting_built_in_dictionaries_and_items()
    {
        var banks = await GetBanksAsync();

        var dictionary = await Should.ThrowAsync<BusinessException>(() => CallAsync(s => s.DeleteAsync(banks.Id)));
        var item = await Should.ThrowAsync<BusinessException>(() => CallAsync(s => s.DeleteItemAsync(banks.Id, banks.Items.Single(i => i.Code == "ICBC").Id)));

        dictionary.Code.ShouldBe(DictionariesErrorCodes.BuiltInCannotBeDeleted);
        item.Code.ShouldBe(DictionariesErrorCodes.BuiltInCannotBeDeleted);
    }

    [Fact]
    public async Task Should_delete_what_an_administrator_added()
    {
        var banks = await GetBanksAsync();
        var added = await CallAsync(s => s.CreateItemAsync(banks.Id, new CreateDictionaryItemDto { Code = "WEBANK", NameEn = "WeBank" }));
        var regions = await CallAsync(s => s.CreateAsync(new CreateServiceDictionaryDto { Code = "Regions", NameEn = "Regions" }));

        await CallAsync(s => s.DeleteItemAsync(banks.Id, added.Id));
        await CallAsync(s => s.DeleteAsync(regions.Id));

        (await GetBanksAsync()).Items.ShouldNotContain(i => i.Code == "WEBANK");
        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.GetAsync(regions.Id)));
    }

    [Fact]
    public async Task Should_refuse_an_edit_made_on_an_old_version()
    {
        var banks = await GetBanksAsync();
        var cmb = banks.Items.Single(i => i.Code == "CMB");
        var edit = new UpdateDictionaryItemDto { NameEn = "CMB", NameZhHans = "招行", SortOrder = cmb.SortOrder, IsActive = true, Version = cmb.Version };
        var saved = await CallAsync(s => s.UpdateItemAsync(banks.Id, cmb.Id, edit));

        var exception = await Should.ThrowAsync<ConflictException>(() => CallAsync(s => s.UpdateItemAsync(banks.Id, cmb.Id, edit)));

        saved.Version.ShouldBe(cmb.Version + 1);
        exception.Code.ShouldBe(ErrorCodes.ConcurrencyConflict);
        (await GetBanksAsync()).Items.Single(i => i.Code == "CMB").NameZhHans.ShouldBe("招行");
    }

    [Fact]
    public async Task Should_offer_forms_the_active_items_in_display_order()
    {
        var purposes = await CallAsync(s => s.GetListAsync(new GetServiceDictionaryListInput()));
        var id = purposes.Items.Single(d => d.Code == DictionaryCodes.PayoutPurposes).Id;
        var bonus = (await CallAsync(s => s.GetAsync(id))).Items.Single(i => i.Code == "BONUS");
        await CallAsync(s => s.UpdateItemAsync(id, bonus.Id, new UpdateDictionaryItemDto
        {
            NameEn = bonus.NameEn, NameZhHans = bonus.NameZhHans, SortOrder = bonus.SortOrder, IsActive = false, Version = bonus.Version
        }));

        var items = await CallAsync(s => s.GetItemsAsync(DictionaryCodes.PayoutPurposes));

        items.Items.Select(i => i.Code).ShouldBe(["SALARY", "REIMBURSEMENT", "SUPPLIER_PAYMENT", "REFUND", "COMMISSION", "OTHER"]);
        items.TotalCount.ShouldBe(6);
    }

    [Fact]
    public async Task Should_keep_extra_data_as_a_json_object()
    {
        var currencies = (await CallAsync(s => s.GetListAsync(new GetServiceDictionaryListInput()))).Items.Single(d => d.Code == DictionaryCodes.Currencies);
        var extra = JsonDocument.Parse("""{ "numericCode": "532", "minorUnits": 2 }""").RootElement;

        var created = await CallAsync(s => s.CreateItemAsync(currencies.Id, new CreateDictionaryItemDto { Code = "XCG", NameEn = "Caribbean Guilder", Extra = extra }));
        var invalid = await Should.ThrowAsync<InvalidInputException>(() => CallAsync(s => s.CreateItemAsync(currencies.Id,
            new CreateDictionaryItemDto { Code = "XYZ", NameEn = "No minor units", Extra = JsonDocument.Parse("[1, 2]").RootElement })));

        created.Extra!.Value.GetProperty("minorUnits").GetInt32().ShouldBe(2);
        invalid.Errors.Single().Members.ShouldBe([nameof(DictionaryItem.Extra)]);
        var forms = await CallAsync(s => s.GetItemsAsync(DictionaryCodes.Currencies));
        forms.Items.Single(i => i.Code == "XCG").Extra!.Value.GetProperty("numericCode").GetString().ShouldBe("532");
    }

    private async Task<ServiceDictionaryWithItemsDto> GetBanksAsync()
    {
        var list = await CallAsync(s => s.GetListAsync(new GetServiceDictionaryListInput()));
        return await CallAsync(s => s.GetAsync(list.Items.Single(d => d.Code == DictionaryCodes.Banks).Id));
    }

    private Task<T> CallAsync<T>(Func<IDictionaryAppService, Task<T>> call) =>
        _database.InScopeAsync(sp => call(sp.GetRequiredService<IDictionaryAppService>()));

    private Task CallAsync(Func<IDictionaryAppService, Task> call) =>
        _database.InScopeAsync(sp => call(sp.GetRequiredService<IDictionaryAppService>()));
}
