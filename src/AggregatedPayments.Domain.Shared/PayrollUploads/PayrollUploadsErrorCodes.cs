namespace AggregatedPayments.Payroll;

/// <summary>Stable codes of payroll files: uploads refused as a whole, and what a reader finds wrong in a line.</summary>
public static class PayrollUploadsErrorCodes
{
    private const string Prefix = "AP:PayrollUploads:";

    /// <summary>The same bytes were uploaded before; the data names the earlier intake.</summary>
    public const string FileAlreadyImported = Prefix + "FileAlreadyImported";

    public const string FileTooLarge = Prefix + "FileTooLarge";
    public const string EmptyFile = Prefix + "EmptyFile";
    public const string NoFile = Prefix + "NoFile";

    /// <summary>An old binary Excel workbook (.xls), which is not read: it must be saved as .xlsx or CSV.</summary>
    public const string UnsupportedFormat = Prefix + "UnsupportedFormat";

    /// <summary>The intake's failure: required columns are not in the header.</summary>
    public const string MissingColumns = Prefix + "MissingColumns";

    public const string DuplicateColumn = Prefix + "DuplicateColumn";
    public const string NoHeader = Prefix + "NoHeader";
    public const string UnreadableText = Prefix + "UnreadableText";
    public const string UnreadableWorkbook = Prefix + "UnreadableWorkbook";

    /// <summary>A line's error: a long number (card number, reference) stored as an Excel number has lost its digits past the 15th.</summary>
    public const string NumberLostDigits = Prefix + "NumberLostDigits";
}
