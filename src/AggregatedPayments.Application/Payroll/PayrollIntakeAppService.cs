using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Items sent through the API are one intake, answered item by item; every intake (API, upload, pull) can be
/// followed while it runs, cancelled, and its refused lines read. Everything runs inside the merchant's tenant.
/// </summary>
public sealed class PayrollIntakeAppService(
    PayrollIntakeWriter writer,
    IRepository<PayrollIntake> intakes,
    IRepository<PayrollIntakeError> errors,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock) : IPayrollIntakeAppService
{
    public async Task<PayrollIntakeResultDto> CreateItemsAsync(CreatePayrollItemsDto input, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireMerchant();
        var items = input?.Items ?? [];
        if (items.Count == 0)
        {
            throw new BusinessException(PayrollErrorCodes.NoItems);
        }

        if (items.Count > PayrollConsts.MaxItemsPerRequest)
        {
            throw new BusinessException(PayrollErrorCodes.TooManyItems).WithData("max", PayrollConsts.MaxItemsPerRequest);
        }

        var intake = PayrollIntake.Start(tenantId, PayrollItemSource.Api, Actor, clock.GetUtcNow().UtcDateTime);
        await intakes.InsertAsync(intake, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        var outcomes = new List<PayrollItemOutcome>(items.Count);
        await writer.RunAsync(intake, ToInputs(items), outcomes.Add, cancellationToken);
        return new PayrollIntakeResultDto(await ReloadAsync(intake.Id, cancellationToken), outcomes.OrderBy(o => o.Line).Select(PayrollDtoMapper.ToDto).ToList());
    }

    public async Task<PagedResultDto<PayrollIntakeDto>> GetListAsync(GetPayrollIntakeListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var query = intakes.QueryNoTracking();
        if (input.Source is { } source)
        {
            query = query.Where(i => i.Source == source);
        }

        if (input.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (input.DataSourceId is { } dataSourceId)
        {
            query = query.Where(i => i.DataSourceId == dataSourceId);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var size = Math.Clamp(input.MaxResultCount, 1, GetPayrollIntakeListInput.MaxPageSize);
        var (page, next) = KeysetPaging.Split(await executer.ToListAsync(KeysetPaging.NewestFirstAfter(query, input.Cursor, size), cancellationToken), size);
        return new PagedResultDto<PayrollIntakeDto>(page.Select(PayrollDtoMapper.ToDto).ToList(), total, next);
    }

    public async Task<PayrollIntakeDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<PagedResultDto<PayrollIntakeErrorDto>> GetErrorsAsync(Guid id, GetPayrollIntakeErrorListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        await ReloadAsync(id, cancellationToken);
        var query = errors.QueryNoTracking().Where(e => e.IntakeId == id);
        var total = await executer.CountAsync(query, cancellationToken);
        if (input.AfterLine is { } afterLine)
        {
            query = query.Where(e => e.Line > afterLine);
        }

        var size = Math.Clamp(input.MaxResultCount, 1, GetPayrollIntakeErrorListInput.MaxPageSize);
        var page = await executer.ToListAsync(query.OrderBy(e => e.Line).ThenBy(e => e.Id).Take(size), cancellationToken);
        return new PagedResultDto<PayrollIntakeErrorDto>(page.Select(PayrollDtoMapper.ToDto).ToList(), total);
    }

    public async Task<PayrollIntakeDto> CancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        var intake = await intakes.GetAsync(id, cancellationToken);
        intake.RequestCancel();

        // The version guards the save: an intake that ended meanwhile is a conflict, reload and see how it ended.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return PayrollDtoMapper.ToDto(intake);
    }

    private string Actor => currentUser.UserName ?? "api";

    private async Task<PayrollIntakeDto> ReloadAsync(Guid id, CancellationToken cancellationToken) =>
        PayrollDtoMapper.ToDto(await executer.FirstOrDefaultAsync(intakes.QueryNoTracking().Where(i => i.Id == id), cancellationToken)
                               ?? throw new EntityNotFoundException(nameof(PayrollIntake), id));

    private Guid RequireMerchant() => currentTenant.Id ?? throw new BusinessException(PayrollErrorCodes.ActInsideMerchant);

    private static async IAsyncEnumerable<PayrollItemInput> ToInputs(List<PayrollItemInputDto> items)
    {
        await Task.CompletedTask;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? new PayrollItemInputDto();
            yield return new PayrollItemInput(
                i + 1, item.MerchantReference, item.PayeeName, item.AccountNumber, item.BankCode, item.AmountMinor, item.Currency,
                item.Purpose, item.Remark, item.AccountType);
        }
    }
}
