using AggregatedPayments.Exceptions;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.ExceptionHandling;

/// <summary>Model binding and data-annotation failures answer with the same body as every other error.</summary>
public static class ModelStateErrorResponseFactory
{
    public static IActionResult Create(ActionContext context)
    {
        var errors = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => new ValidationErrorInfo(
                string.IsNullOrEmpty(error.ErrorMessage) ? "The value is not valid." : error.ErrorMessage,
                [entry.Key.TrimStart('$', '.')])))
            .ToList();
        return new BadRequestObjectResult(ErrorResponseWriter.Create(ErrorCodes.ValidationFailed, validationErrors: errors));
    }
}
