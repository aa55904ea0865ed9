using System.Text.RegularExpressions;
using AggregatedPayments.Exceptions;
using AggregatedPayments.OutboundCalls;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// The shape of each field of <see cref="MerchantDatabaseSettings"/>. The reader checks them again before it
/// connects, so a value stored before a rule tightened cannot reach a connection string or a statement.
/// Whether the host may be called at all is the outbound-call guard's decision, made on its resolved addresses.
/// </summary>
public static partial class MerchantDatabaseSettingsRules
{
    public const int MaxHostLength = 253;
    public const int MaxIdentifierLength = 64;
    public const int MaxPasswordLength = 128;
    public const int MinStatementTimeoutSeconds = 1;
    public const int MaxStatementTimeoutSeconds = 300;
    public const int DefaultPort = 3306;
    public const int DefaultStatementTimeoutSeconds = 30;

    /// <exception cref="InvalidInputException">Naming every field that is wrong (code <see cref="ErrorCodes.ValidationFailed"/>).</exception>
    public static void Validate(MerchantDatabaseSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var errors = new List<ValidationError>();
        if (!IsHost(s.Host))
        {
            errors.Add(new ValidationError("The host is a DNS name or an IP address, without a port, path, socket or option.", [nameof(s.Host)]));
        }

        if (s.Port is < 1 or > 65535)
        {
            errors.Add(new ValidationError("The port is a number from 1 to 65535.", [nameof(s.Port)]));
        }

        AddIfNotIdentifier(errors, s.Database, nameof(s.Database), "database");
        AddIfNotIdentifier(errors, s.User, nameof(s.User), "user");
        AddIfNotIdentifier(errors, s.ViewName, nameof(s.ViewName), "view");
        if (s.Password is null || s.Password.Length > MaxPasswordLength)
        {
            errors.Add(new ValidationError($"The password is at most {MaxPasswordLength} characters long.", [nameof(s.Password)]));
        }

        if (s.StatementTimeoutSeconds is < MinStatementTimeoutSeconds or > MaxStatementTimeoutSeconds)
        {
            errors.Add(new ValidationError(
                $"The statement timeout is {MinStatementTimeoutSeconds} to {MaxStatementTimeoutSeconds} seconds.", [nameof(s.StatementTimeoutSeconds)]));
        }

        if (s.TlsCaCertificatePem is { } pem)
        {
            if (!s.RequireTls)
            {
                errors.Add(new ValidationError("A CA certificate verifies the server over TLS: require TLS with it.", [nameof(s.TlsCaCertificatePem)]));
            }

            if (MerchantDatabaseCaCertificates.Problem(pem) is { } problem)
            {
                errors.Add(new ValidationError(problem, [nameof(s.TlsCaCertificatePem)]));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }

    /// <summary>Letters, digits, '_' and '$': safe between backticks and in a connection string, whatever the server's quoting mode.</summary>
    public static bool IsIdentifier(string? value) => value is not null && Identifier().IsMatch(value);

    /// <summary>
    /// A DNS name or an IP literal and nothing else: the connection string would read ';' and '=' as options,
    /// '/' as a Unix socket and ',' as a list of servers.
    /// </summary>
    public static bool IsHost(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxHostLength || value.Any(c => !IsHostCharacter(c)))
        {
            return false;
        }

        return OutboundHost.TryParseLiteral(value) is not null || OutboundHost.TryNormalizeName(value, out _);
    }

    // ':' and '[' ']' belong to IPv6 literals, which TryParseLiteral then reads whole.
    private static bool IsHostCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']';

    private static void AddIfNotIdentifier(List<ValidationError> errors, string? value, string member, string what)
    {
        if (!IsIdentifier(value))
        {
            errors.Add(new ValidationError($"The {what} name is 1 to {MaxIdentifierLength} letters, digits, '_' or '$'.", [member]));
        }
    }

    [GeneratedRegex(@"\A[A-Za-z0-9_$]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
