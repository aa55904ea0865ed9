using System.Globalization;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Payroll files in and out. An upload is kept in a temporary file while its SHA-256 is computed, refused
/// when the same bytes came before, then taken in as one intake by <see cref="PayrollIntakeWriter"/>,
/// read streaming. Templates and error reports are written to the caller as they are produced.
/// </summary>
public sealed class PayrollUploadAppService(
    PayrollIntakeWriter writer,
    PayrollErrorReport errorReport,
    IRepository<PayrollIntake> intakes,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock,
    IOptions<PayrollUploadOptions> options) : IPayrollUploadAppService
{
    public Task<PayrollFileContent> GetTemplateAsync(GetPayrollTemplateInput input, CancellationToken cancellationToken = default)
    {
        var format = input?.Format ?? PayrollFileFormat.Xlsx;
        var culture = input?.Culture ?? CultureInfo.CurrentUICulture.Name;
        return Task.FromResult(new PayrollFileContent(
            PayrollTemplate.FileName(culture, format),
            PayrollFileContent.ContentTypeOf(format),
            async (destination, token) =>
            {
                await using var table = PayrollTables.Create(format, destination, options.Value, PayrollTemplate.XlsxOptions);
                await PayrollTemplate.WriteAsync(table, culture, token);
            }));
    }

    public async Task<PayrollIntakeDto> UploadAsync(PayrollUploadFile file, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireMerchant();
        if (file is null)
        {
            throw new BusinessException(PayrollUploadsErrorCodes.NoFile);
        }

        await using var buffer = await PayrollUploadBuffer.CopyAsync(file.Content, options.Value, cancellationToken);
        await RefuseIfImportedAsync(buffer.Sha256, cancellationToken);
        var intake = PayrollIntake.StartUpload(tenantId, FileNameOf(file), buffer.Sha256, currentUser.UserName ?? "api", clock.GetUtcNow().UtcDateTime);
        try
        {
            await intakes.InsertAsync(intake, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException exception) when (exception.Code == ErrorCodes.DuplicateKey)
        {
            // The same file uploaded twice at once: the unique index let one in; the other is told which.
            await RefuseIfImportedAsync(buffer.Sha256, cancellationToken);
            throw;
        }

        await writer.RunAsync(intake, buffer.ReadInputsAsync(cancellationToken), null, cancellationToken);
        return PayrollDtoMapper.ToDto(await FindAsync(intake.Id, cancellationToken) ?? throw new EntityNotFoundException(nameof(PayrollIntake), intake.Id));
    }

    public async Task<PayrollFileContent> GetErrorReportAsync(Guid id, GetPayrollErrorReportInput input, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        var intake = await FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(nameof(PayrollIntake), id);
        var format = input?.Format ?? PayrollFileFormat.Csv;
        return new PayrollFileContent(
            PayrollErrorReport.FileName(intake, format),
            PayrollFileContent.ContentTypeOf(format),
            async (destination, token) =>
            {
                await using var table = PayrollTables.Create(format, destination, options.Value);
                await errorReport.WriteAsync(intake.Id, table, token);
            });
    }

    private async Task RefuseIfImportedAsync(string sha256, CancellationToken cancellationToken)
    {
        var earlier = await executer.FirstOrDefaultAsync(intakes.QueryNoTracking().Where(i => i.FileSha256 == sha256).Select(i => (Guid?)i.Id), cancellationToken);
        if (earlier is { } earlierId)
        {
            throw new ConflictException(PayrollUploadsErrorCodes.FileAlreadyImported).WithData("intakeId", earlierId);
        }
    }

    private Task<PayrollIntake?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        executer.FirstOrDefaultAsync(intakes.QueryNoTracking().Where(i => i.Id == id), cancellationToken);

    private Guid RequireMerchant() => currentTenant.Id ?? throw new BusinessException(PayrollErrorCodes.ActInsideMerchant);

    /// <summary>The name without any folder the caller's browser or tool put in front of it.</summary>
    private static string FileNameOf(PayrollUploadFile file)
    {
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(name) ? "upload" : name;
    }
}
