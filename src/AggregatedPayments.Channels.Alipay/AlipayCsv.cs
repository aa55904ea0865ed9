using System.Text;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>Splits one CSV line into fields: commas separate, double quotes enclose, a doubled quote inside is one quote.</summary>
internal static class AlipayCsv
{
    /// <returns>The fields, or null when a quote is left open.</returns>
    public static List<string>? SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return quoted ? null : fields;
    }
}
