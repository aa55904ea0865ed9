using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.EntityFrameworkCore;

public static class KeyColumnExtensions
{
    public const string AnnotationName = "AP:KeyColumn";

    /// <summary>Marks a text column that identifies something (a code, a reference): compared byte for byte on every engine.</summary>
    public static PropertyBuilder<TProperty> IsKeyColumn<TProperty>(this PropertyBuilder<TProperty> property) =>
        property.HasAnnotation(AnnotationName, true);
}
