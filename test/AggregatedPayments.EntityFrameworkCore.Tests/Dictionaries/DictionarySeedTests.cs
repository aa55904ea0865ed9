using System.Reflection;
using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Dictionaries;

public sealed class DictionarySeedTests : IAsyncLifetime
{
    private const int BuiltInDictionaryCount = 4;

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await DictionaryTestDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_create_no_duplicates_when_seeding_again()
    {
        var before = await CountRowsAsync();

        await DictionaryTestDatabase.SeedAsync(_database);

        var after = await CountRowsAsync();
        after.ShouldBe(before);
        before.Dictionaries.ShouldBe(BuiltInDictionaryCount);
        before.ErrorEntries.ShouldBe(typeof(PayoutErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Length + SeededChannelEntryCount());
    }

    [Fact]
    public async Task Should_keep_an_administrators_edits_when_seeding_again()
    {
        await _database.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<DictionaryManager>();
            var banks = await manager.GetByCodeAsync(DictionaryCodes.Banks, CancellationToken.None);
            banks.Set("Payee banks", "收款银行", null, isActive: true);
            var icbc = banks.FindItem("ICBC")!;
            banks.UpdateItem(icbc.Id, "ICBC", "工行", 1, isActive: false, """{"swift":"ICBKCNBJ"}""");
            var errors = sp.GetRequiredService<ErrorDictionaryManager>();
            var balance = await errors.FindAsync(null, PayoutErrorCodes.InsufficientBalance, CancellationToken.None);
            balance!.Set("Top up the channel account first.", null, new ErrorEntryFlags(false, true, true));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        await DictionaryTestDatabase.SeedAsync(_database);

        await _database.InScopeAsync(async sp =>
        {
            var banks = await sp.GetRequiredService<DictionaryManager>().GetByCodeAsync(DictionaryCodes.Banks, CancellationToken.None);
            banks.NameEn.ShouldBe("Payee banks");
            var icbc = banks.FindItem("ICBC")!;
            icbc.NameEn.ShouldBe("ICBC");
            icbc.NameZhHans.ShouldBe("工行");
            icbc.IsActive.ShouldBeFalse();
            icbc.Extra.ShouldBe("""{"swift":"ICBKCNBJ"}""");
            var balance = await sp.GetRequiredService<ErrorDictionaryManager>().FindAsync(null, PayoutErrorCodes.InsufficientBalance, CancellationToken.None);
            balance!.MessageEn.ShouldBe("Top up the channel account first.");
            balance.MessageZhHans.ShouldBeNull();
        });
    }

    [Fact]
    public async Task Should_add_the_seed_items_a_dictionary_lacks()
    {
        await _database.InScopeAsync(sp => sp.GetRequiredService<AggregatedPaymentsDbContext>()
            .Set<DictionaryItem>().Where(i => i.Code == "ICBC").ExecuteDeleteAsync());

        await DictionaryTestDatabase.SeedAsync(_database);

        var icbc = await _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().FindItemAsync(DictionaryCodes.Banks, "ICBC"));
        icbc.ShouldNotBeNull();
        icbc.IsBuiltIn.ShouldBeTrue();
    }

    [Theory]
    [InlineData("CNY", "156", 2)]
    [InlineData("USD", "840", 2)]
    [InlineData("EUR", "978", 2)]
    [InlineData("HKD", "344", 2)]
    [InlineData("JPY", "392", 0)]
    [InlineData("KRW", "410", 0)]
    [InlineData("VND", "704", 0)]
    [InlineData("BHD", "048", 3)]
    [InlineData("KWD", "414", 3)]
    [InlineData("TND", "788", 3)]
    [InlineData("UYW", "927", 4)]
    public async Task Should_seed_currencies_with_their_iso_numeric_code_and_minor_units(string code, string numericCode, int minorUnits)
    {
        var currency = await _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().FindCurrencyAsync(code));

        currency.ShouldNotBeNull();
        currency.NumericCode.ShouldBe(numericCode);
        currency.MinorUnits.ShouldBe(minorUnits);
    }

    [Fact]
    public async Task Should_seed_the_whole_iso_currency_list_with_chinese_names_for_the_major_ones()
    {
        var currencies = await _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().GetItemsAsync(DictionaryCodes.Currencies));

        currencies.Count.ShouldBeGreaterThan(150);
        currencies[0].Code.ShouldBe("CNY");
        currencies[0].GetName("zh-CN").ShouldBe("人民币");
        currencies.Single(c => c.Code == "USD").GetName("zh-Hans").ShouldBe("美元");
        currencies.Single(c => c.Code == "JPY").GetName("en").ShouldBe("Yen");
        currencies.ShouldNotContain(c => c.Code == "XAU", "gold has no minor unit to pay out in");
        currencies.ShouldNotContain(c => c.Code == "CLF", "fund codes are seeded inactive");
    }

    [Theory]
    [InlineData("ICBC", "中国工商银行", "ICBKCNBJ", "102")]
    [InlineData("ABC", "中国农业银行", "ABOCCNBJ", "103")]
    [InlineData("BOC", "中国银行", "BKCHCNBJ", "104")]
    [InlineData("CCB", "中国建设银行", "PCBCCNBJ", "105")]
    [InlineData("BOCOM", "交通银行", "COMMCNSH", "301")]
    [InlineData("CMB", "招商银行", "CMBCCNBS", "308")]
    [InlineData("PSBC", "中国邮政储蓄银行", "PSBCCNBJ", "403")]
    public async Task Should_seed_the_major_chinese_banks_with_their_codes(string code, string chineseName, string swift, string cnaps)
    {
        var bank = await _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().FindItemAsync(DictionaryCodes.Banks, code));

        bank.ShouldNotBeNull();
        bank.GetName("zh-Hans").ShouldBe(chineseName);
        bank.GetExtraString(DictionaryExtraKeys.Swift).ShouldBe(swift);
        bank.GetExtraString(DictionaryExtraKeys.Cnaps).ShouldBe(cnaps);
    }

    [Fact]
    public async Task Should_seed_the_bank_codes_payout_channels_use()
    {
        string[] codes = ["ICBC", "ABC", "BOC", "CCB", "BOCOM", "CMB", "CITIC", "CEB", "HXB", "CMBC", "PAB", "CIB", "SPDB", "CGB", "PSBC", "BOB", "BOSH"];

        var banks = await _database.InScopeAsync(sp => sp.GetRequiredService<IDictionaryLookup>().GetItemsAsync(DictionaryCodes.Banks));

        codes.ShouldBeSubsetOf(banks.Select(b => b.Code));
        banks.Single(b => b.Code == "BOCOM").GetExtraString(DictionaryExtraKeys.AlipayCode).ShouldBe("COMM");
        banks.Single(b => b.Code == "PAB").GetExtraString(DictionaryExtraKeys.AlipayCode).ShouldBe("SPABANK");
    }

    [Fact]
    public async Task Should_seed_payout_purposes_and_id_types_in_english_and_chinese()
    {
        var (purposes, idTypes) = await _database.InScopeAsync(async sp =>
        {
            var lookup = sp.GetRequiredService<IDictionaryLookup>();
            return (await lookup.GetItemsAsync(DictionaryCodes.PayoutPurposes), await lookup.GetItemsAsync(DictionaryCodes.IdTypes));
        });

        purposes.Select(p => p.Code).ShouldBe(["SALARY", "BONUS", "REIMBURSEMENT", "SUPPLIER_PAYMENT", "REFUND", "COMMISSION", "OTHER"]);
        purposes.ShouldAllBe(p => p.NameZhHans != null);
        idTypes.Single(t => t.Code == "PRC_ID_CARD").GetName("zh").ShouldBe("中华人民共和国居民身份证");
        idTypes.Select(t => t.Code).ShouldContain("BUSINESS_LICENCE");
        idTypes.ShouldAllBe(t => t.NameZhHans != null);
    }

    [Fact]
    public async Task Should_seed_every_platform_payout_code_with_messages_and_flags()
    {
        var codes = typeof(PayoutErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        var entries = await _database.InScopeAsync(async sp =>
        {
            var lookup = sp.GetRequiredService<IErrorDictionaryLookup>();
            var found = new List<ErrorDictionaryEntryInfo>();
            foreach (var code in codes)
            {
                found.Add((await lookup.FindAsync(null, code))!);
            }

            return found;
        });

        entries.ShouldAllBe(e => e != null && e.MessageZhHans != null && e.ChannelCode == null);
        var balance = entries.Single(e => e.Code == PayoutErrorCodes.InsufficientBalance);
        balance.Flags.ShouldBe(new ErrorEntryFlags(IsRetryable: false, IsFinal: true, IsNeverAccepted: true));
        var systemError = entries.Single(e => e.Code == PayoutErrorCodes.ChannelSystemError);
        systemError.Flags.ShouldBe(new ErrorEntryFlags(IsRetryable: true, IsFinal: false, IsNeverAccepted: false));
        entries.Single(e => e.Code == PayoutErrorCodes.DuplicateRequest).Flags.IsFinal.ShouldBeFalse("a reused key is resolved by a query, never rejected");
    }

    private static int SeededChannelEntryCount()
    {
        var assembly = typeof(ErrorDictionaryEntry).Assembly;
        using var stream = assembly.GetManifestResourceStream(
            assembly.GetManifestResourceNames().Single(n => n.EndsWith("SeedData.channel-errors.json", StringComparison.Ordinal)))!;
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("entries").GetArrayLength();
    }

    private Task<(int Dictionaries, int Items, int ErrorEntries)> CountRowsAsync() =>
        _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AggregatedPaymentsDbContext>();
            return (await db.Set<ServiceDictionary>().CountAsync(),
                await db.Set<DictionaryItem>().CountAsync(),
                await db.Set<ErrorDictionaryEntry>().CountAsync());
        });
}
