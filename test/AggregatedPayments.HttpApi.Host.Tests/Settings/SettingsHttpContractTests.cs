using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Settings;

public sealed class SettingsHttpContractTests
{
    public static TheoryData<string> Operations => new(typeof(ISettingsAppService).GetMethods().Select(m => m.Name));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Should_call_from_the_client_proxy_the_route_the_controller_serves(string operation)
    {
        var handler = new RecordingHandler();
        var proxy = new SettingsClientProxy(new HttpClient(handler) { BaseAddress = new Uri("http://localhost/") });
        var method = typeof(ISettingsAppService).GetMethod(operation)!;

        await (Task)method.Invoke(proxy, Arguments(method))!;

        var action = typeof(SettingsController).GetMethod(operation)!;
        var verb = action.GetCustomAttribute<HttpMethodAttribute>()!;
        var route = typeof(SettingsController).GetCustomAttribute<RouteAttribute>()!.Template + "/" + verb.Template;
        handler.Request.ShouldBe((verb.HttpMethods.Single(), "/" + route));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Should_demand_a_settings_permission_on_every_action(string operation)
    {
        var policy = typeof(SettingsController).GetMethod(operation)!.GetCustomAttribute<AuthorizeAttribute>()?.Policy;

        policy.ShouldNotBeNull();
        policy.ShouldStartWith(SettingsPermissions.GroupName + ".");
    }

    private static object?[] Arguments(MethodInfo method) =>
        method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : Activator.CreateInstance(p.ParameterType))
            .ToArray();

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public (string Method, string Path) Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = (request.Method.Method, request.RequestUri!.AbsolutePath);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]", Encoding.UTF8, "application/json") });
        }
    }
}
