using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Channels;

/// <summary>Channel functions travel by name in the API; an unreadable name is a validation error, not a 500.</summary>
internal static class ChannelFunctionNames
{
    public static ChannelFunctions Parse(string name, string member) =>
        Enum.TryParse<ChannelFunctions>(name, ignoreCase: false, out var function) && Enum.IsDefined(function) && function != ChannelFunctions.None
            ? function
            : throw new InvalidInputException(member, $"'{name}' is not a channel function.");

    public static ChannelFunctions Parse(IEnumerable<string> names, string member) =>
        names.Aggregate(ChannelFunctions.None, (all, name) => all | Parse(name, member));

    /// <summary>Each single function the flags hold, by name, in declaration order.</summary>
    public static IReadOnlyList<string> Of(ChannelFunctions functions) =>
        Enum.GetValues<ChannelFunctions>().Where(f => f != ChannelFunctions.None && functions.HasFlag(f)).Select(f => f.ToString()).ToList();
}
