using System.Globalization;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Channels;

/// <summary>
/// Checks parameter values against the adapter's schema for one supplier (platform or merchant):
/// only known names, only the supplier's own, every required one present, and each value of its type.
/// </summary>
public static class ChannelParameterValidator
{
    /// <param name="values">The values being set now, checked for their type.</param>
    /// <param name="keptNames">Names that keep their stored value (a secret not re-entered): present, not re-checked.</param>
    public static void Validate(
        IReadOnlyList<ChannelParameterDefinition> schema,
        ParameterSupplier supplier,
        IReadOnlyDictionary<string, string> values,
        IReadOnlySet<string>? keptNames = null)
    {
        foreach (var name in values.Keys.Concat(keptNames ?? new HashSet<string>()))
        {
            var definition = schema.FirstOrDefault(d => d.Name == name)
                             ?? throw new BusinessException(ChannelsErrorCodes.UnknownParameter).WithData("name", name);
            if (definition.SuppliedBy != supplier)
            {
                throw new BusinessException(ChannelsErrorCodes.ParameterNotForSupplier).WithData("name", name);
            }
        }

        foreach (var definition in schema.Where(d => d.SuppliedBy == supplier))
        {
            if (keptNames?.Contains(definition.Name) == true && !values.ContainsKey(definition.Name))
            {
                continue;
            }

            if (!values.TryGetValue(definition.Name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                if (definition.Required)
                {
                    throw new BusinessException(ChannelsErrorCodes.ParameterRequired).WithData("name", definition.Name);
                }

                continue;
            }

            if (InvalidReason(definition, value) is { } reason)
            {
                throw new BusinessException(ChannelsErrorCodes.ParameterInvalid).WithData("name", definition.Name).WithData("reason", reason);
            }
        }
    }

    private static string? InvalidReason(ChannelParameterDefinition definition, string value)
    {
        if (value.Length > ChannelConsts.MaxParameterValueLength)
        {
            return $"longer than {ChannelConsts.MaxParameterValueLength} characters";
        }

        return definition.Type switch
        {
            ChannelParameterType.Url => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.UserInfo)
                ? null
                : "not an absolute http(s) address without user information",
            ChannelParameterType.Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? null : "not a number",
            ChannelParameterType.Bool => value is "true" or "false" ? null : "neither true nor false",
            ChannelParameterType.Select => definition.Options?.Contains(value, StringComparer.Ordinal) == true
                ? null
                : "not one of " + string.Join(", ", definition.Options ?? []),
            ChannelParameterType.Pem => LooksLikeKeyMaterial(value) ? null : "neither PEM nor base64 key material",
            _ => null
        };
    }

    // The adapter parses keys when it uses them; here we only refuse what cannot be a key at all.
    private static bool LooksLikeKeyMaterial(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.StartsWith("-----BEGIN ", StringComparison.Ordinal))
        {
            return trimmed.Contains("-----END ", StringComparison.Ordinal);
        }

        var compact = string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c)));
        return compact.Length >= 64 && Convert.TryFromBase64String(compact, new byte[compact.Length], out _);
    }
}
