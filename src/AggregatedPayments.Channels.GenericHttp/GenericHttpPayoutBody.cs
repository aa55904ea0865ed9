namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// The payout body: our fields in <see cref="GenericHttpFields.Request"/> order under the provider's
/// names; a field the mapping does not name, or that the instruction leaves empty, is left out.
/// </summary>
public static class GenericHttpPayoutBody
{
    public static byte[] Build(PayoutInstruction instruction, GenericHttpSettings settings)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [GenericHttpFields.Currency] = instruction.Amount.Currency,
            [GenericHttpFields.PayeeAccount] = instruction.Payee.AccountNumber,
            [GenericHttpFields.PayeeName] = instruction.Payee.AccountName,
            [GenericHttpFields.BankCode] = instruction.Payee.BankCode,
            [GenericHttpFields.Title] = instruction.Title,
            [GenericHttpFields.Remark] = instruction.Remark,
            [GenericHttpFields.NotifyUrl] = instruction.NotifyUrl,
        };

        return GenericHttpJson.Object(writer =>
        {
            foreach (var field in GenericHttpFields.Request)
            {
                var name = settings.Fields.RequestName(field);
                if (name is null)
                {
                    continue;
                }

                if (field == GenericHttpFields.Key)
                {
                    writer.WriteString(name, instruction.Key);
                }
                else if (field == GenericHttpFields.Amount)
                {
                    GenericHttpAmountFormat.Write(writer, name, instruction.Amount.Minor, instruction.Amount.Exponent, settings.AmountFormat);
                }
                else if (!string.IsNullOrEmpty(values[field]))
                {
                    writer.WriteString(name, values[field]);
                }
            }
        });
    }
}
