namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>Configuration section <c>Alipay</c>.</summary>
public sealed class AlipaySimulatorOptions
{
    public const string Section = "Alipay";

    /// <summary>PEM (certificate or public key) of the app key the requests are verified with; wins over the path.</summary>
    public string? AppPublicKeyPem { get; set; }

    /// <summary>File with that PEM, relative to the content root unless absolute.</summary>
    public string? AppPublicKeyPath { get; set; }

    /// <summary>Base64 PKCS#8 private key the simulator signs as "Alipay"; empty generates one at start.</summary>
    public string? AlipayPrivateKey { get; set; }

    /// <summary>The payer account's available balance in yuan at start and after a reset.</summary>
    public string InitialBalance { get; set; } = "1000000.00";

    /// <summary>The payer account's user id, as the bill files name it.</summary>
    public string PayerUserId { get; set; } = "2088102000000001";
}
