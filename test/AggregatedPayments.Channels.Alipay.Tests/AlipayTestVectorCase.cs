namespace AggregatedPayments.Channels.Alipay;

public sealed record AlipayTestVectorCase(
    string Name,
    string SignType,
    IReadOnlyDictionary<string, string> Parameters,
    string SignContent,
    string Sign)
{
    public IEnumerable<KeyValuePair<string, string?>> NullableParameters =>
        Parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value));

    public override string ToString() => Name;
}
