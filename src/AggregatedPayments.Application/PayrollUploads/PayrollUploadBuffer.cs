using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Spreadsheets;

namespace AggregatedPayments.Payroll;

/// <summary>
/// An uploaded file kept in a temporary file while it is read, with what one pass over its bytes told:
/// its SHA-256 (an identical file is refused), its format by content, and for CSV its encoding. A file
/// larger than the limit is refused as it arrives; the temporary file is deleted on dispose, always.
/// </summary>
public sealed class PayrollUploadBuffer : IAsyncDisposable
{
    private const int ChunkSize = 81920;

    private PayrollUploadBuffer(FileStream content, string sha256, long length, PayrollFileFormat format, Encoding? textEncoding)
    {
        Content = content;
        Sha256 = sha256;
        Length = length;
        Format = format;
        TextEncoding = textEncoding;
    }

    /// <summary>The file, positioned at its start.</summary>
    public FileStream Content { get; }

    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; }

    public long Length { get; }

    public PayrollFileFormat Format { get; }

    /// <summary>For a CSV file, the encoding it is read with.</summary>
    public Encoding? TextEncoding { get; }

    public static async Task<PayrollUploadBuffer> CopyAsync(Stream source, PayrollUploadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var file = TemporaryFile.Create(options.TemporaryDirectory);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var encoding = new PayrollTextEncodingDetector();
            var head = new byte[PayrollFileSniffer.HeadLength];
            long length = 0;
            int read;
            while ((read = await source.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (length < head.Length)
                {
                    chunk.AsSpan(0, (int)Math.Min(read, head.Length - length)).CopyTo(head.AsSpan((int)length));
                }

                length += read;
                if (length > options.MaxFileBytes)
                {
                    throw new BusinessException(PayrollUploadsErrorCodes.FileTooLarge).WithData("maxMegabytes", options.MaxFileBytes / (1024 * 1024));
                }

                hash.AppendData(chunk, 0, read);
                encoding.Append(chunk.AsSpan(0, read));
                await file.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            }

            if (length == 0)
            {
                throw new BusinessException(PayrollUploadsErrorCodes.EmptyFile);
            }

            var format = PayrollFileSniffer.Detect(head.AsSpan(0, (int)Math.Min(length, head.Length)));
            var textEncoding = format == PayrollFileFormat.Csv
                ? encoding.Finish() ?? throw new BusinessException(PayrollUploadsErrorCodes.UnreadableText)
                : null;
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return new PayrollUploadBuffer(file, Convert.ToHexStringLower(hash.GetHashAndReset()), length, format, textEncoding);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The file's lines as inputs, whatever its format.</summary>
    public IAsyncEnumerable<PayrollItemInput> ReadInputsAsync(CancellationToken cancellationToken) =>
        PayrollSheet.ToInputsAsync(
            Format == PayrollFileFormat.Xlsx
                ? PayrollXlsxReader.ReadRows(Content).ToAsyncEnumerable()
                : PayrollCsvReader.ReadRowsAsync(Content, TextEncoding!, cancellationToken),
            cancellationToken);

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
