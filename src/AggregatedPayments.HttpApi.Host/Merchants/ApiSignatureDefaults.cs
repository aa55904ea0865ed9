namespace AggregatedPayments.Merchants;

public static class ApiSignatureDefaults
{
    /// <summary>Requests signed with a merchant's API credential.</summary>
    public const string AuthenticationScheme = "ApiSignature";

    /// <summary>The default scheme: a request naming an API key goes to <see cref="AuthenticationScheme"/>, any other to the bearer tokens.</summary>
    public const string SelectorScheme = "BearerOrApiSignature";
}
