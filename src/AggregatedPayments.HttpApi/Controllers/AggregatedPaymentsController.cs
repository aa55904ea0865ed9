using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Controllers;

/// <summary>Controllers are thin: one call into the app service whose interface they implement.</summary>
[ApiController]
[Produces("application/json")]
public abstract class AggregatedPaymentsController : ControllerBase;
