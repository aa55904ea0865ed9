namespace AggregatedPayments.Payroll;

/// <summary>
/// A source could not be read any further (the merchant's server answered badly, a file is malformed):
/// the intake ends Failed with this message, which must say what to fix and carry no secret.
/// </summary>
public sealed class PayrollSourceException(string message, Exception? innerException = null) : Exception(message, innerException);
