namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The day's bill could not be had or read: the link was refused or unverifiable, the download
/// failed, or the file is not what the parser can trust. Messages name codes, lines and columns,
/// never values.
/// </summary>
public sealed class AlipayStatementException(string message) : Exception(message);
