using AggregatedPayments.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.ApplicationConfiguration;

/// <summary>
/// Anonymous on purpose, as in ABP: the sign-in page needs the texts before anyone is signed in.
/// It reveals nothing to an anonymous caller beyond texts and languages.
/// </summary>
[Route("api/abp/application-configuration")]
public sealed class ApplicationConfigurationController(IApplicationConfigurationAppService configuration)
    : AggregatedPaymentsController, IApplicationConfigurationAppService
{
    [HttpGet]
    [AllowAnonymous]
    public Task<ApplicationConfigurationDto> GetAsync(CancellationToken cancellationToken = default) =>
        configuration.GetAsync(cancellationToken);
}
