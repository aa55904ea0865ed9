using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// Where a tracked row sits under the entity a user thinks of: an owned value (a merchant's profile,
/// an order's lines) is reported as properties of its owner, named "Profile.Email" or
/// "Lines[&lt;id&gt;].Amount", and inherits a redaction of its navigation.
/// </summary>
internal sealed record OwnershipPath(IEntityType Root, string Prefix, bool IsRedacted, IReadOnlyList<IProperty> OwnerKey)
{
    public bool IsRoot => OwnerKey.Count == 0;

    public static OwnershipPath Of(EntityEntry entry)
    {
        var type = entry.Metadata;
        var prefix = "";
        var redacted = false;
        IReadOnlyList<IProperty> ownerKey = [];
        for (var ownership = type.FindOwnership(); ownership is not null; ownership = type.FindOwnership())
        {
            var navigation = ownership.PrincipalToDependent;
            var name = navigation?.Name ?? type.ShortName();
            if (ownerKey.Count == 0)
            {
                ownerKey = ownership.Properties;
                if (!ownership.IsUnique)
                {
                    name += "[" + FormatKey(entry, type.FindPrimaryKey()!.Properties.Where(p => !ownership.Properties.Contains(p))) + "]";
                }
            }

            prefix = name + "." + prefix;
            redacted |= AuditRedaction.IsRedacted(navigation?.Name ?? "", navigation?.PropertyInfo);
            type = ownership.PrincipalEntityType;
        }

        return new OwnershipPath(type, prefix, redacted, ownerKey);
    }

    /// <summary>The key of the owner (or of the row itself at the root) as text; composite parts joined by commas.</summary>
    public string EntityIdOf(EntityEntry entry) =>
        FormatKey(entry, IsRoot ? entry.Metadata.FindPrimaryKey()!.Properties : OwnerKey);

    private static string FormatKey(EntityEntry entry, IEnumerable<IProperty> properties) =>
        string.Join(",", properties.Select(p =>
        {
            var property = entry.Property(p.Name);
            return Convert.ToString(property.CurrentValue ?? property.OriginalValue, System.Globalization.CultureInfo.InvariantCulture);
        }));
}
