using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Decides whether the server that answered is the merchant's: its certificate must chain to one of the CA
/// certificates the data source names (and to nothing else, not even the machine's trusted roots) and name the
/// host the merchant gave. The connection goes to the address the guard checked, so the TLS layer's own name
/// check (against that address) is replaced by this one, against the name. Keeps why it refused, for the clerk.
/// </summary>
public sealed class MerchantDatabaseServerCertificateCheck(X509Certificate2Collection authorities, string host)
{
    /// <summary>Why the last certificate was refused; null when it was accepted or none was checked.</summary>
    public string? Rejection { get; private set; }

    /// <summary>The driver's callback: true lets the handshake go on.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        Rejection = Check(certificate, chain);
        return Rejection is null;
    }

    /// <returns>Why <paramref name="presented"/> is refused, or null when it is the merchant's server.</returns>
    public string? Check(X509Certificate? presented, X509Chain? presentedChain)
    {
        if (presented is null)
        {
            return "it presented no certificate.";
        }

        using var certificate = new X509Certificate2(presented);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        // A merchant's private CA rarely publishes revocation lists, and fetching one would be a call to an address nobody checked.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presentedChain is not null)
        {
            // Intermediates the server sent; they only help when they chain to one of the merchant's CAs.
            foreach (var element in presentedChain.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        if (!chain.Build(certificate))
        {
            var reasons = chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct();
            return $"its certificate ({certificate.Subject}) is not issued by the CA certificate the data source names ({string.Join(" ", reasons)}).";
        }

        // An IPv6 host may be written in brackets ("[2001:db8::9]"); the certificate names the bare address.
        return certificate.MatchesHostname(host.Trim('[', ']'), allowWildcards: true, allowCommonName: false)
            ? null
            : $"its certificate ({certificate.Subject}) does not name the host '{host}'.";
    }
}
