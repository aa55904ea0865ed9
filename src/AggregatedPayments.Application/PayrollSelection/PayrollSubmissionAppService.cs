using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Previews and records submissions of chosen items inside the merchant's tenant; the submission's job does the
/// work, and a submission read back shows how far it got.
/// </summary>
public sealed class PayrollSubmissionAppService(
    PayrollSubmissionPreviewer previewer,
    PayrollSubmissionManager manager,
    IRepository<PayrollSubmission> submissions,
    IRepository<PayrollSubmissionFailure> failures,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : IPayrollSubmissionAppService
{
    public async Task<PayrollSubmissionPreviewDto> PreviewAsync(CreatePayrollSubmissionDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var preview = await previewer.PreviewAsync(PayrollSelectionInput.Selection(input.Selection), input.MerchantChannelId, input.Aggregate, cancellationToken);
        return PayrollSelectionDtoMapper.ToDto(preview);
    }

    public async Task<PayrollSubmissionDto> CreateAsync(CreatePayrollSubmissionDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var submission = await manager.SubmitAsync(
            PayrollSelectionInput.Selection(input.Selection), input.MerchantChannelId, input.Aggregate, currentUser.UserName ?? "api", currentUser.Id, cancellationToken);
        return await DetailAsync(submission.Id, cancellationToken);
    }

    public async Task<PagedResultDto<PayrollSubmissionDto>> GetListAsync(GetPayrollSubmissionListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var query = submissions.QueryNoTracking();
        if (input.Status is { } status)
        {
            query = query.Where(s => s.Status == status);
        }

        var size = Math.Clamp(input.MaxResultCount, 1, GetPayrollSubmissionListInput.MaxPageSize);
        var total = string.IsNullOrWhiteSpace(input.Cursor) ? await executer.CountAsync(query, cancellationToken) : PayrollSelectionConsts.NotCounted;
        var (page, next) = KeysetPaging.Split(await executer.ToListAsync(KeysetPaging.NewestFirstAfter(query, input.Cursor, size), cancellationToken), size);
        var ids = page.Select(s => s.Id).ToList();
        var byReason = (await CountFailuresAsync(failures.QueryNoTracking().Where(f => ids.Contains(f.SubmissionId)), cancellationToken)).ToLookup(f => f.SubmissionId);
        var dtos = page.Select(s => PayrollSelectionDtoMapper.ToDto(s, Counts(byReason[s.Id]), [])).ToList();
        return new PagedResultDto<PayrollSubmissionDto>(dtos, total, next);
    }

    public async Task<PayrollSubmissionDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        return await DetailAsync(id, cancellationToken);
    }

    private async Task<PayrollSubmissionDto> DetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var submission = await executer.FirstOrDefaultAsync(submissions.QueryNoTracking().Where(s => s.Id == id), cancellationToken)
                         ?? throw new EntityNotFoundException(nameof(PayrollSubmission), id);
        var own = failures.QueryNoTracking().Where(f => f.SubmissionId == id);
        var byReason = await CountFailuresAsync(own, cancellationToken);
        var listed = await executer.ToListAsync(own.OrderBy(f => f.GroupNumber).Take(PayrollSelectionConsts.ListedFailures), cancellationToken);
        return PayrollSelectionDtoMapper.ToDto(submission, Counts(byReason), listed);
    }

    private Task<List<FailureCount>> CountFailuresAsync(IQueryable<PayrollSubmissionFailure> query, CancellationToken cancellationToken) =>
        executer.ToListAsync(query.GroupBy(f => new { f.SubmissionId, f.Code }).Select(g => new FailureCount(g.Key.SubmissionId, g.Key.Code, g.Count())), cancellationToken);

    private static List<PayrollFailureCountDto> Counts(IEnumerable<FailureCount> counts) =>
        counts.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => new PayrollFailureCountDto(c.Code, PayrollSelectionTexts.Refusal(c.Code), c.Count)).ToList();

    private void RequireMerchant()
    {
        if (currentTenant.Id is null)
        {
            throw new BusinessException(PayrollErrorCodes.ActInsideMerchant);
        }
    }

    private sealed record FailureCount(Guid SubmissionId, string Code, int Count);
}
