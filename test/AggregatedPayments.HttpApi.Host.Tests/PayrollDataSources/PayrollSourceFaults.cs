namespace AggregatedPayments.PayrollDataSources;

/// <param name="HoldPage">This page (1-based) is held until the test releases it.</param>
/// <param name="FailFromPage">From this page on, an HTTP 500.</param>
/// <param name="LoopCursor">Every page names the same next cursor, as a broken source would.</param>
/// <param name="SecondPageBody">The second page's raw body instead of its items (served as application/json).</param>
public sealed record PayrollSourceFaults(int? HoldPage = null, int? FailFromPage = null, bool LoopCursor = false, string? SecondPageBody = null);
