namespace AggregatedPayments.Payroll;

public static class PayrollConsts
{
    /// <summary>Items validated, classified and written together: one look-up of existing references and one insert per batch.</summary>
    public const int WriteBatchSize = 1000;

    public const int MaxFileNameLength = 256;

    public const int MaxErrorCodesLength = 512;

    public const int MaxErrorMessageLength = 1000;

    public const int MaxFailureLength = 1000;

    public const int MaxActorLength = 128;

    /// <summary>Hex of a SHA-256.</summary>
    public const int Sha256Length = 64;

    /// <summary>Items one API request may carry; larger sets come as a file or a data source.</summary>
    public const int MaxItemsPerRequest = 1000;

    /// <summary>What an invalid item keeps of a too-long text field: enough to recognise it in the list.</summary>
    public const int MaxRawTextLength = 256;
}
