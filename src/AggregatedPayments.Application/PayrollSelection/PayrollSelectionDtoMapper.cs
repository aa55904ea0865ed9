namespace AggregatedPayments.Payroll;

internal static class PayrollSelectionDtoMapper
{
    public static PayrollItemDto ToDto(PayrollItem i, string? discardReason) => new(
        i.Id, i.IntakeId, i.Source, i.SourceLine, i.MerchantReference, i.PayeeName, i.AccountType.ToString(), i.AccountNumberMasked, i.BankCode,
        i.AmountMinor, i.Currency, i.Purpose, i.Remark, i.IsValid,
        PayrollDtoMapper.Errors(i.ValidationErrors?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? []),
        i.Status, i.OrderId, i.SubmittedTime, discardReason, i.CreationTime, i.Version);

    /// <summary>Every reason, zero counts included, so a client shows the same rows every time.</summary>
    public static IReadOnlyList<PayrollSkippedDto> Skipped(Func<PayrollSkipReason, int> count) =>
        Enum.GetValues<PayrollSkipReason>()
            .Select(r => new PayrollSkippedDto(r, PayrollSelectionTexts.SkipCode(r), PayrollSelectionTexts.Skip(r), count(r)))
            .ToList();

    public static PayrollSubmissionPreviewDto ToDto(PayrollPreview p) => new(
        p.Aggregate, p.MerchantChannelId, p.ItemCount, p.OrderCount,
        p.Totals.Select(t => new PayrollCurrencyTotalDto(t.Currency, t.OrderCount, t.ItemCount, t.AmountMinor)).ToList(),
        p.Groups.Select(ToDto).ToList(),
        p.Channels.Select(ToDto).ToList(),
        Skipped(r => p.Skipped[r]));

    public static PayrollSubmissionDto ToDto(
        PayrollSubmission s, IReadOnlyList<PayrollFailureCountDto> failuresByReason, IReadOnlyList<PayrollSubmissionFailure> failures) => new(
        s.Id, s.Status, s.SelectionKind, s.MerchantChannelId, s.Aggregate, s.RequestedBy, s.CreationTime, s.EndTime,
        s.ItemCount, s.PlannedOrderCount, s.SubmittedItemCount, s.OrderCount, s.StartedCount, s.AwaitingApprovalCount, s.FailedToStartCount,
        Skipped(s.Skipped), failuresByReason,
        failures.Select(f => new PayrollStartFailureDto(f.GroupNumber, f.OrderId, f.ItemCount, f.AmountMinor, f.Currency, f.Code, PayrollSelectionTexts.Refusal(f.Code))).ToList(),
        s.Failure, s.Failure is null ? null : PayrollSelectionTexts.Of(s.Failure), s.Version);

    private static PayrollPreviewGroupDto ToDto(PayrollPreviewGroup g) => new(
        g.Group.Number, g.Group.First.PayeeName, g.Group.First.AccountNumberMasked, g.Group.First.AccountType.ToString(), g.Group.First.BankCode,
        g.Group.Currency, g.Group.Items.Count, g.Group.AmountMinor, g.Group.Items.Select(i => i.MerchantReference).ToList(),
        g.MerchantChannelId, g.RefusalCode);

    private static PayrollChannelFigureDto ToDto(PayrollChannelFigure f) => new(
        f.MerchantChannelId, f.ChannelCode, f.ChannelName, f.Currency, f.OrderCount, f.ItemCount, f.AmountMinor,
        f.AvailableMinor, f.ShortfallMinor, f.IsShort, f.RefusalCode, f.RefusalCode is null ? null : PayrollSelectionTexts.Refusal(f.RefusalCode));
}
