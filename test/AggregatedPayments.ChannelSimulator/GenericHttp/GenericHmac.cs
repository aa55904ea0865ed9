using System.Security.Cryptography;
using System.Text;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>The provider's HMAC-SHA256 over its canonical strings, written here independently of the adapter.</summary>
public static class GenericHmac
{
    public static string SignRequest(string secret, string timestamp, string method, string path, byte[] body) =>
        Sign(secret, Concat(Encoding.UTF8.GetBytes(timestamp + "\n" + method + "\n" + path + "\n"), body));

    public static string SignCallback(string secret, string timestamp, byte[] body) =>
        Sign(secret, Concat(Encoding.UTF8.GetBytes(timestamp + "\n"), body));

    public static bool Matches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));

    private static string Sign(string secret, byte[] content) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), content));

    private static byte[] Concat(byte[] head, byte[] body)
    {
        var all = new byte[head.Length + body.Length];
        head.CopyTo(all, 0);
        body.CopyTo(all, head.Length);
        return all;
    }
}
