namespace AggregatedPayments.Payroll;

/// <summary>A payroll file's format by its first bytes, never by its name: an XLSX is a zip package, anything else is read as CSV.</summary>
public static class PayrollFileSniffer
{
    public const int HeadLength = 8;

    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    // The compound-file signature of Excel 97-2003 workbooks (.xls).
    private static ReadOnlySpan<byte> CompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static PayrollFileFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(CompoundFile))
        {
            throw new Exceptions.BusinessException(PayrollUploadsErrorCodes.UnsupportedFormat);
        }

        return head.StartsWith(Zip) ? PayrollFileFormat.Xlsx : PayrollFileFormat.Csv;
    }
}
