using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Dictionaries;

public sealed class ServiceDictionaryStorageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await DictionaryTestDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_refuse_a_second_dictionary_with_the_same_code()
    {
        var exception = await Should.ThrowAsync<ConflictException>(() => CreateDictionaryAsync(DictionaryCodes.Banks));

        exception.Code.ShouldBe(DictionariesErrorCodes.CodeAlreadyExists);
        exception.Values["code"].ShouldBe(DictionaryCodes.Banks);
    }

    [Fact]
    public async Task Should_refuse_an_item_code_the_dictionary_already_has()
    {
        var exception = await Should.ThrowAsync<ConflictException>(() => _database.InScopeAsync(async sp =>
        {
            var banks = await sp.GetRequiredService<DictionaryManager>().GetByCodeAsync(DictionaryCodes.Banks, CancellationToken.None);
            banks.AddItem("ICBC", "Another ICBC", null, 0, isActive: true, extra: null);
        }));

        exception.Code.ShouldBe(DictionariesErrorCodes.ItemCodeAlreadyExists);
    }

    [Fact]
    public async Task Should_answer_a_duplicate_key_conflict_when_two_requests_race_for_one_code()
    {
        await using var first = _database.CreateScope();
        await using var second = _database.CreateScope();
        await first.ServiceProvider.GetRequiredService<DictionaryManager>().CreateAsync("Regions", "Regions", null, null, isBuiltIn: false, CancellationToken.None);
        await second.ServiceProvider.GetRequiredService<DictionaryManager>().CreateAsync("Regions", "Regions", null, null, isBuiltIn: false, CancellationToken.None);
        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();

        var exception = await Should.ThrowAsync<ConflictException>(() => second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync());

        exception.Code.ShouldBe(ErrorCodes.DuplicateKey);
    }

    [Fact]
    public async Task Should_answer_a_duplicate_key_conflict_when_two_requests_race_for_one_item_code()
    {
        await using var first = _database.CreateScope();
        await using var second = _database.CreateScope();
        foreach (var scope in new[] { first, second })
        {
            var purposes = await scope.ServiceProvider.GetRequiredService<DictionaryManager>().GetByCodeAsync(DictionaryCodes.PayoutPurposes, CancellationToken.None);
            purposes.AddItem("DIVIDEND", "Dividend", "分红", 70, isActive: true, extra: null);
        }

        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        var exception = await Should.ThrowAsync<ConflictException>(() => second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync());

        exception.Code.ShouldBe(ErrorCodes.DuplicateKey);
    }

    [Fact]
    public async Task Should_keep_codes_that_differ_only_in_case_apart()
    {
        await CreateDictionaryAsync("Regions");
        await CreateDictionaryAsync("regions");

        var (exact, otherCase) = await _database.InScopeAsync(async sp =>
        {
            var lookup = sp.GetRequiredService<IDictionaryLookup>();
            return (await lookup.IsValidItemAsync(DictionaryCodes.Currencies, "CNY"), await lookup.IsValidItemAsync("currencies", "CNY"));
        });

        exact.ShouldBeTrue();
        otherCase.ShouldBeFalse("codes are compared byte for byte on every engine");
    }

    [Fact]
    public async Task Should_refuse_a_currency_without_minor_units()
    {
        var exception = await Should.ThrowAsync<InvalidInputException>(() => _database.InScopeAsync(async sp =>
        {
            var currencies = await sp.GetRequiredService<DictionaryManager>().GetByCodeAsync(DictionaryCodes.Currencies, CancellationToken.None);
            currencies.AddItem("XCG", "Caribbean Guilder", null, 1000, isActive: true, extra: """{"numericCode":"532"}""");
        }));

        exception.Errors.Single().Members.ShouldBe([nameof(DictionaryItem.Extra)]);
    }

    [Fact]
    public async Task Should_store_a_new_currency_and_read_its_exponent()
    {
        await _database.InScopeAsync(async sp =>
        {
            var currencies = await sp.GetRequiredService<DictionaryManager>().GetByCodeAsync(DictionaryCodes.Currencies, CancellationToken.None);
            currencies.AddItem("XCG", "Caribbean Guilder", null, 1000, isActive: true, extra: """ { "numericCode" : "532", "minorUnits" : 2 } """);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var exponent = await _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().GetCurrencyExponentAsync("XCG"));

        exponent.ShouldBe(2);
    }

    [Fact]
    public async Task Should_store_extra_data_compact_with_chinese_text_as_it_is()
    {
        await _database.InScopeAsync(async sp =>
        {
            var banks = await sp.GetRequiredService<DictionaryManager>().GetByCodeAsync(DictionaryCodes.Banks, CancellationToken.None);
            banks.AddItem("WEBANK", "WeBank", "微众银行", 500, isActive: true, extra: """{ "note" : "深圳前海", "online" : true }""");
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var stored = await _database.InScopeAsync(async sp =>
            (await sp.GetRequiredService<DictionaryManager>().GetByCodeAsync(DictionaryCodes.Banks, CancellationToken.None)).FindItem("WEBANK")!.Extra);

        stored.ShouldBe("""{"note":"深圳前海","online":true}""");
    }

    private Task CreateDictionaryAsync(string code) =>
        _database.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DictionaryManager>().CreateAsync(code, code, null, null, isBuiltIn: false, CancellationToken.None);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
}
