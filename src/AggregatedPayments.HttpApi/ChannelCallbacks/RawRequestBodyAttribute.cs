using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AggregatedPayments.ChannelCallbacks;

/// <summary>
/// Leaves the request body to the action. MVC's form value providers read a form-encoded body while
/// binding any parameter (even one from the route), and the stream is spent by then: an Alipay
/// callback, which is a UTF-8 form, reached the action empty and could never be verified.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RawRequestBodyAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var factories = context.ValueProviderFactories;
        foreach (var form in factories.Where(f => f is FormValueProviderFactory or FormFileValueProviderFactory or JQueryFormValueProviderFactory).ToList())
        {
            factories.Remove(form);
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
