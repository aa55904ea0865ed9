using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Sends an action's <see cref="PayrollFileContent"/> as a file download, written straight to the response,
/// instead of serialising it: the actions keep the app service's signature, the client gets a file.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PayrollFileResultAttribute : Attribute, IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is ObjectResult { Value: PayrollFileContent file })
        {
            context.Result = new PayrollFileActionResult(file);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
