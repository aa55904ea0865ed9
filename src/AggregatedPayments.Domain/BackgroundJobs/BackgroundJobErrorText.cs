using AggregatedPayments.Exceptions;
using AggregatedPayments.Localization;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>The line stored in <see cref="BackgroundJobRecord.LastError"/>: what an operator needs, no stack trace (that goes to the log).</summary>
internal static class BackgroundJobErrorText
{
    public static string Describe(Exception exception) => exception switch
    {
        BusinessException business =>
            $"{business.Code}: {TextLocalizer.Instance.Get(business.Code, TextLocalizer.DefaultCulture, new Dictionary<string, object?>(business.Values))}",
        _ => $"{exception.GetType().FullName}: {exception.Message}"
    };
}
