using AggregatedPayments.Channels;
using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

public sealed class PayeeAccountFactoryTests
{
    private readonly PayeeAccountFactory _payees = new PayoutTestServices().Payees;

    [Fact]
    public async Task Should_keep_the_number_only_encrypted_and_masked()
    {
        var account = await _payees.CreateAsync(PayoutTestServices.Zhang, CancellationToken.None);

        account.AccountNumberCiphertext.ShouldNotContain("6222");
        account.AccountNumberIndex.ShouldMatch("^[0-9a-f]{64}$");
        account.MaskedAccountNumber.ShouldBe("************7890");
        (await _payees.DecryptAccountNumberAsync(account, CancellationToken.None)).ShouldBe("6222021234567890");
    }

    [Fact]
    public async Task Should_never_show_the_clear_number_in_text()
    {
        var account = await _payees.CreateAsync(PayoutTestServices.Zhang, CancellationToken.None);
        var line = PayoutTestServices.Line("REF-1", 1_00);

        foreach (var text in new[] { account.ToString(), PayoutTestServices.Zhang.ToString(), line.ToString() })
        {
            text.ShouldNotContain("62220212");
            text.ShouldNotContain("6222 0212");
            text.ShouldContain("7890");
        }
    }

    [Fact]
    public async Task Should_give_one_index_for_one_bank_card_however_it_is_written()
    {
        var spaced = await _payees.CreateAsync(PayoutTestServices.Zhang, CancellationToken.None);
        var dashed = await _payees.CreateAsync(PayoutTestServices.Zhang with { AccountNumber = " 6222-0212-3456-7890 " }, CancellationToken.None);
        var other = await _payees.CreateAsync(PayoutTestServices.Zhang with { AccountNumber = "6222021234567891" }, CancellationToken.None);

        dashed.AccountNumberIndex.ShouldBe(spaced.AccountNumberIndex);
        other.AccountNumberIndex.ShouldNotBe(spaced.AccountNumberIndex);
        _payees.IsSameAccountNumber(spaced.AccountNumberIndex, PayoutTestServices.Zhang with { AccountNumber = "6222021234567890" }).ShouldBeTrue();
        _payees.IsSameAccountNumber(spaced.AccountNumberIndex, PayoutTestServices.Zhang with { AccountNumber = "6222021234567891" }).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_keep_a_provider_login_as_written_apart_from_trimming()
    {
        var login = new PayeeDetails(" pay-ee@example.com ", " 李四 ", PayeeAccountType.ProviderLogin, " ", null);

        var account = await _payees.CreateAsync(login, CancellationToken.None);

        (await _payees.DecryptAccountNumberAsync(account, CancellationToken.None)).ShouldBe("pay-ee@example.com");
        (account.AccountName, account.AccountType, account.BankCode).ShouldBe(("李四", PayeeAccountType.ProviderLogin, (string?)null));
    }

    [Theory]
    [InlineData("", "张三")]
    [InlineData("6222021234567890", " ")]
    [InlineData("6222\u00000212", "张三")]
    public async Task Should_refuse_a_payee_without_number_or_name(string number, string name)
    {
        var refused = await Should.ThrowAsync<BusinessException>(() => _payees.CreateAsync(new PayeeDetails(number, name, PayeeAccountType.BankCard), CancellationToken.None));

        refused.Code.ShouldBe(PayoutsErrorCodes.InvalidPayee);
    }

    [Fact]
    public async Task Should_refuse_fields_beyond_their_limits()
    {
        var tooLong = PayoutTestServices.Zhang with { BankName = new string('银', PayoutConsts.MaxBankNameLength + 1) };

        (await Should.ThrowAsync<BusinessException>(() => _payees.CreateAsync(tooLong, CancellationToken.None))).Code.ShouldBe(PayoutsErrorCodes.InvalidPayee);
        (await Should.ThrowAsync<BusinessException>(() => _payees.CreateAsync(PayoutTestServices.Zhang with { AccountNumber = new string('1', 65) }, CancellationToken.None)))
            .Code.ShouldBe(PayoutsErrorCodes.InvalidPayee);
    }
}
