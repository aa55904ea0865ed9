using AggregatedPayments.Exceptions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Binds the first file part of a multipart body as a stream that reads the request as it arrives: the file
/// is never buffered by MVC's form reader (which would keep a second copy, with its own limits).
/// </summary>
public sealed class PayrollUploadFileBinder : IModelBinder
{
    public const string FieldName = "file";

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var request = bindingContext.HttpContext.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new BusinessException(PayrollUploadsErrorCodes.NoFile);
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(bindingContext.HttpContext.RequestAborted) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                bindingContext.Result = ModelBindingResult.Success(new PayrollUploadFile(name, section.Body));
                return;
            }
        }

        throw new BusinessException(PayrollUploadsErrorCodes.NoFile);
    }
}
