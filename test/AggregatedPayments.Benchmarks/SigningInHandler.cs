using System.Net;
using System.Net.Http.Headers;
using AggregatedPayments.Account;

namespace AggregatedPayments.Benchmarks;

/// <summary>
/// Signs in as a merchant's system would and signs in again when the short-lived access token has expired
/// (a run outlasts it), then repeats a request that carried no body: the polls.
/// </summary>
public sealed class SigningInHandler(Uri host, LoginDto login) : DelegatingHandler
{
    private string _accessToken = "";

    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        using var anonymous = new HttpClient { BaseAddress = host };
        _accessToken = (await new AccountClientProxy(anonymous).LoginAsync(login, cancellationToken)).AccessToken;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
        var answer = await base.SendAsync(request, cancellationToken);
        if (answer.StatusCode != HttpStatusCode.Unauthorized || request.Content is not null)
        {
            return answer;
        }

        answer.Dispose();
        await SignInAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
