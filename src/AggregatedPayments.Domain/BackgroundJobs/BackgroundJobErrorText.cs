using AggregatedPayments.Exceptions;
using AggregatedPayments.Localization;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>The line stored in <see cref="BackgroundJobRecord.LastError"/>: what an operator needs, no stack trace (that goes to the log).</summary>
internal static class BackgroundJobErrorText
{
    public static string Describe(Exception exception) => exception switch
    {
        BusinessException business => $"{business.Code}: {Message(business)}",
        _ => $"{exception.GetType().FullName}: {exception.Message}"
    };

    private static string Message(BusinessException exception)
    {
        var text = TextLocalizer.Instance.Get(exception.Code, TextLocalizer.DefaultCulture, new Dictionary<string, object?>(exception.Values));

        // A code without a text still says what it is about.
        return text == exception.Code ? exception.Details ?? "" : text;
    }
}
