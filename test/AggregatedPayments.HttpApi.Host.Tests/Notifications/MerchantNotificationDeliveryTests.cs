using System.Text.Json;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Identity;
using AggregatedPayments.Payouts;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Notifications;

/// <summary>
/// Payouts paid on the sandbox notify a real endpoint of the merchant's over a socket, through the
/// outbound guard; the test plays the worker and the clock, and reads what a merchant reads through the API.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MerchantNotificationDeliveryTests(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory), IAsyncLifetime
{
    private readonly NotificationSetup _setup = new(factory);
    private NotifyEndpoint _endpoint = null!;

    public async Task InitializeAsync() => _endpoint = await NotifyEndpoint.StartAsync(Factory.Clock);

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task Should_deliver_a_signed_event_once_the_endpoint_acknowledges_after_five_refusals_with_every_attempt_logged()
    {
        var m = await NotifiedMerchantAsync();
        _endpoint.FailFirst = 5;
        var order = (await m.Payouts.CreateAsync(Plain("NOTIFY-1", 250_00))).Order.Id;

        await _setup.RunAllJobsAsync(m.Merchant.Id);
        var api = new MerchantNotificationClientProxy(await SignInAgainAsync(m.Merchant));
        var listed = (await api.GetListAsync(new GetMerchantNotificationListInput { OrderId = order })).Items.ShouldHaveSingleItem();
        var detail = await api.GetAsync(listed.Id);

        listed.EventType.ShouldBe(MerchantNotificationEventTypes.PayoutSucceeded);
        listed.Status.ShouldBe(MerchantNotificationStatus.Delivered);
        listed.AttemptCount.ShouldBe(6);
        listed.NextAttemptTime.ShouldBeNull();
        detail.Attempts.Select(a => a.HttpStatus).ShouldBe([503, 503, 503, 503, 503, 200]);
        detail.Attempts.Select(a => a.ErrorKind).ShouldBe([.. Enumerable.Repeat<MerchantNotificationErrorKind?>(MerchantNotificationErrorKind.NotAcknowledged, 5), null]);
        var kept = NotifyEndpoint.RefusalBody[..1024];
        detail.Attempts.Take(5).ShouldAllBe(a => a.ResponseExcerpt == kept);
        detail.Attempts[^1].ResponseExcerpt.ShouldBe("ok");
        detail.Attempts.ShouldAllBe(a => a.LatencyMs == (long)NotifyEndpoint.Latency.TotalMilliseconds && a.KeyId == m.KeyId && a.Round == 1);
        detail.Attempts.Select(a => a.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        Gaps(detail.Attempts).ShouldBe(MerchantNotificationOptions.DefaultRetryDelays.Take(5).Select(d => d + NotifyEndpoint.Latency));
        var received = _endpoint.Received.ToList();
        received.Count.ShouldBe(6);
        received.ShouldAllBe(r => r.Genuine && r.EventId == listed.Id.ToString() && r.Body == detail.Body && r.KeyId == m.KeyId);
        received.Select(r => long.Parse(r.Timestamp, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task Should_list_every_lines_reference_and_only_the_masked_account_number_in_the_body()
    {
        var m = await NotifiedMerchantAsync();
        var order = (await m.Payouts.CreateAggregatedAsync(new CreateAggregatedPayoutDto
        {
            Currency = "CNY",
            Payee = Payee(),
            Lines =
            [
                new PayoutLineInput { MerchantReference = "SALARY-01", AmountMinor = 100_00, Purpose = "Salary" },
                new PayoutLineInput { MerchantReference = "BONUS-01", AmountMinor = 20_00, Purpose = "Salary" }
            ]
        })).Order.Id;

        await _setup.RunAllJobsAsync(m.Merchant.Id);
        var body = _endpoint.Received.ShouldHaveSingleItem().Body;
        var json = JsonDocument.Parse(body).RootElement;
        var listed = (await new MerchantNotificationClientProxy(m.Admin).GetListAsync(new GetMerchantNotificationListInput { OrderId = order })).Items.ShouldHaveSingleItem();
        var paid = await m.Payouts.GetAsync(order);

        json.GetProperty("id").GetGuid().ShouldBe(listed.Id);
        json.GetProperty("type").GetString().ShouldBe("payout.succeeded");
        json.GetProperty("version").GetInt32().ShouldBe(listed.Version);
        json.GetProperty("createdAt").GetString().ShouldEndWith("Z");
        json.GetProperty("createdAt").GetDateTime().ShouldBe(paid.History.Last(h => h.To == PayoutState.Succeeded).Time, TimeSpan.FromMilliseconds(1));
        var payout = json.GetProperty("order");
        listed.Version.ShouldBe(paid.Order.Version);
        payout.GetProperty("id").GetGuid().ShouldBe(order);
        payout.GetProperty("state").GetString().ShouldBe("Succeeded");
        payout.GetProperty("kind").GetString().ShouldBe("Aggregated");
        payout.GetProperty("amountMinor").GetInt64().ShouldBe(120_00);
        payout.GetProperty("currency").GetString().ShouldBe("CNY");
        payout.TryGetProperty("failureCode", out _).ShouldBeFalse();
        payout.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("merchantReference").GetString(), l.GetProperty("amountMinor").GetInt64()))
            .ShouldBe([("SALARY-01", 100_00L), ("BONUS-01", 20_00L)]);
        payout.GetProperty("payee").GetProperty("maskedAccountNumber").GetString().ShouldBe("************7890");
        body.ShouldNotContain("6222021234567890");
        body.ShouldNotContain(AccountNumber);
        body.ShouldNotContain("0212");
    }

    [Fact]
    public async Task Should_describe_a_failed_payout_with_the_platforms_code_and_a_cancelled_one_with_its_reason_and_page_through_them()
    {
        var m = await NotifiedMerchantAsync();
        var failed = (await m.Payouts.CreateAsync(Plain("NOTIFY-FAIL", 100_13, m.MerchantChannelId))).Order.Id;
        var cancelled = (await m.Payouts.CreateAsync(Plain("NOTIFY-CANCEL", 40_00, m.MerchantChannelId))).Order.Id;
        await m.Payouts.CancelAsync(cancelled, new CancelPayoutDto { Reason = "wrong month" });

        await _setup.RunAllJobsAsync(m.Merchant.Id);
        var api = new MerchantNotificationClientProxy(m.Admin);
        var first = await api.GetListAsync(new GetMerchantNotificationListInput { MaxResultCount = 1 });
        var second = await api.GetListAsync(new GetMerchantNotificationListInput { MaxResultCount = 1, Cursor = first.NextCursor });
        var failedOnes = await api.GetListAsync(new GetMerchantNotificationListInput { EventType = MerchantNotificationEventTypes.PayoutFailed });
        var failure = Order(await api.GetAsync(failedOnes.Items.ShouldHaveSingleItem().Id));
        var cancellation = Order(await api.GetAsync((await api.GetListAsync(new GetMerchantNotificationListInput { OrderId = cancelled })).Items.Single().Id));

        first.TotalCount.ShouldBe(2);
        first.NextCursor.ShouldNotBeNull();
        second.NextCursor.ShouldBeNull();
        first.Items.Concat(second.Items).Select(n => n.OrderId).ShouldBe([failed, cancelled], ignoreOrder: true);
        first.Items.Concat(second.Items).ShouldAllBe(n => n.Status == MerchantNotificationStatus.Delivered);
        failure.GetProperty("state").GetString().ShouldBe("Failed");
        failure.GetProperty("failureCode").GetString().ShouldBe("AP:Payouts:PayeeAccountRestricted");
        failure.GetProperty("failureMessage").GetString().ShouldBe("Sandbox: the payee's bank refused the payout after it was accepted.");
        cancellation.GetProperty("state").GetString().ShouldBe("Cancelled");
        cancellation.TryGetProperty("failureCode", out _).ShouldBeFalse();
        cancellation.GetProperty("failureMessage").GetString().ShouldBe("wrong month");
        _endpoint.Received.Count.ShouldBe(2);
        _endpoint.Received.ShouldAllBe(r => r.Genuine);
    }

    [Fact]
    public async Task Should_abandon_after_the_schedule_show_it_abandoned_and_deliver_it_with_the_same_event_when_re_sent()
    {
        var m = await NotifiedMerchantAsync();
        _endpoint.NeverAcknowledge = true;
        var order = (await m.Payouts.CreateAsync(Plain("NOTIFY-GIVEUP", 30_00))).Order.Id;

        await _setup.RunAllJobsAsync(m.Merchant.Id);
        var admin = await SignInAgainAsync(m.Merchant);
        var api = new MerchantNotificationClientProxy(admin);
        var abandoned = (await api.GetListAsync(new GetMerchantNotificationListInput { Status = MerchantNotificationStatus.Abandoned })).Items.ShouldHaveSingleItem();
        var before = await api.GetAsync(abandoned.Id);
        _endpoint.NeverAcknowledge = false;
        var resent = await api.ResendAsync(abandoned.Id);
        await _setup.RunJobsAsync();
        var after = await api.GetAsync(abandoned.Id);
        var audit = await new AuditLogClientProxy(admin).GetListAsync(new GetAuditLogListInput { UrlContains = $"api/notifications/{abandoned.Id}/resend" });

        abandoned.OrderId.ShouldBe(order);
        abandoned.AttemptCount.ShouldBe(11);
        abandoned.NextAttemptTime.ShouldBeNull();
        before.Attempts.ShouldAllBe(a => a.HttpStatus == 503 && a.Round == 1);
        Gaps(before.Attempts).ShouldBe(MerchantNotificationOptions.DefaultRetryDelays.Select(d => d + NotifyEndpoint.Latency));
        (before.Attempts[^1].Time - before.Attempts[0].Time).ShouldBeGreaterThan(TimeSpan.FromHours(23.5));
        resent.Notification.Status.ShouldBe(MerchantNotificationStatus.Pending);
        resent.Notification.Round.ShouldBe(2);
        resent.Notification.ResentBy.ShouldBe(IdentityConsts.AdminUserName);
        after.Notification.Status.ShouldBe(MerchantNotificationStatus.Delivered);
        after.Attempts.Count.ShouldBe(12);
        (after.Attempts[^1].Round, after.Attempts[^1].Number, after.Attempts[^1].HttpStatus).ShouldBe((2, 1, (int?)200));
        after.Body.ShouldBe(before.Body);
        _endpoint.Received.Count.ShouldBe(12);
        _endpoint.Received.Select(r => (r.EventId, r.Body)).Distinct().ShouldHaveSingleItem().ShouldBe((abandoned.Id.ToString(), before.Body));
        var row = audit.Items.ShouldHaveSingleItem();
        (row.HttpMethod, row.StatusCode, row.UserName, row.TenantId).ShouldBe(("POST", 200, IdentityConsts.AdminUserName, (Guid?)m.Merchant.Id));
    }

    [Fact]
    public async Task Should_refuse_to_re_send_while_a_round_is_running_but_replace_a_round_whose_job_was_lost()
    {
        var m = await NotifiedMerchantAsync();
        _endpoint.FailFirst = 1;
        await m.Payouts.CreateAsync(Plain("NOTIFY-BUSY", 30_00));
        await _setup.RunJobsAsync();
        var api = new MerchantNotificationClientProxy(m.Admin);
        var pending = (await api.GetListAsync(new GetMerchantNotificationListInput())).Items.ShouldHaveSingleItem();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => api.ResendAsync(pending.Id));
        Factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var replaced = await new MerchantNotificationClientProxy(await SignInAgainAsync(m.Merchant)).ResendAsync(pending.Id);
        await _setup.RunJobsAsync();
        var delivered = await new MerchantNotificationClientProxy(await SignInAgainAsync(m.Merchant)).GetAsync(pending.Id);

        pending.Status.ShouldBe(MerchantNotificationStatus.Pending);
        pending.NextAttemptTime.ShouldNotBeNull();
        refused.Code.ShouldBe(NotificationsErrorCodes.DeliveryInProgress);
        replaced.Notification.Round.ShouldBe(2);
        delivered.Notification.Status.ShouldBe(MerchantNotificationStatus.Delivered);
        delivered.Attempts.Select(a => (a.Round, a.Number, a.HttpStatus)).ShouldBe([(1, 1, (int?)503), (2, 1, (int?)200)]);
        _endpoint.Received.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_refuse_a_notify_address_on_loopback_that_no_administrator_allowed_and_send_it_nothing()
    {
        var m = await NotifiedMerchantAsync();
        await _setup.SetNotifyUrlAsync(m.Merchant.Id, _endpoint.LoopbackUrl);
        await m.Payouts.CreateAsync(Plain("NOTIFY-LOOPBACK", 30_00));

        await _setup.RunJobsAsync();
        var api = new MerchantNotificationClientProxy(m.Admin);
        var pending = (await api.GetListAsync(new GetMerchantNotificationListInput())).Items.ShouldHaveSingleItem();
        var attempt = (await api.GetAsync(pending.Id)).Attempts.ShouldHaveSingleItem();

        attempt.ErrorKind.ShouldBe(MerchantNotificationErrorKind.AddressNotAllowed);
        attempt.HttpStatus.ShouldBeNull();
        attempt.ResponseExcerpt.ShouldBeNull();
        pending.Status.ShouldBe(MerchantNotificationStatus.Pending);
        pending.NextAttemptTime.ShouldBe(attempt.Time + MerchantNotificationOptions.DefaultRetryDelays[0]);
        _endpoint.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_keep_an_event_without_a_notify_address_visible_unsent_and_send_it_once_an_address_is_set()
    {
        var m = await CreatePayoutMerchantAsync();
        var order = (await m.Payouts.CreateAsync(Plain("NOTIFY-NOWHERE", 30_00))).Order.Id;
        await _setup.RunJobsAsync();
        var api = new MerchantNotificationClientProxy(m.Admin);
        var kept = (await api.GetListAsync(new GetMerchantNotificationListInput { OrderId = order })).Items.ShouldHaveSingleItem();
        var refused = await Should.ThrowAsync<RemoteServiceException>(() => api.ResendAsync(kept.Id));
        var waiting = await _setup.WaitingJobsAsync(m.Merchant.Id);

        _endpoint.Secret = (await _setup.IssueSecretAsync(m.Merchant.Id)).Secret;
        await _setup.SetNotifyUrlAsync(m.Merchant.Id, _endpoint.Url);
        await api.ResendAsync(kept.Id);
        await _setup.RunJobsAsync();

        kept.Status.ShouldBe(MerchantNotificationStatus.NoAddress);
        kept.AttemptCount.ShouldBe(0);
        kept.NextAttemptTime.ShouldBeNull();
        waiting.ShouldNotContain("Notifications.Deliver");
        refused.Code.ShouldBe(NotificationsErrorCodes.NoNotifyAddress);
        (await api.GetAsync(kept.Id)).Notification.Status.ShouldBe(MerchantNotificationStatus.Delivered);
        _endpoint.Received.ShouldHaveSingleItem().Genuine.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_send_again_with_the_same_event_id_when_a_try_stops_after_its_request_left()
    {
        var m = await NotifiedMerchantAsync();
        using var stopping = new CancellationTokenSource();
        _endpoint.HoldFirst = stopping.Cancel;
        await m.Payouts.CreateAsync(Plain("NOTIFY-AGAIN", 30_00));

        await Should.ThrowAsync<OperationCanceledException>(() => _setup.RunJobsAsync(stopping.Token));
        var api = new MerchantNotificationClientProxy(m.Admin);
        var stopped = (await api.GetListAsync(new GetMerchantNotificationListInput())).Items.ShouldHaveSingleItem();
        await _setup.RunAllJobsAsync(m.Merchant.Id);
        var delivered = await api.GetAsync(stopped.Id);

        stopped.Status.ShouldBe(MerchantNotificationStatus.Pending);
        stopped.AttemptCount.ShouldBe(0);
        delivered.Notification.Status.ShouldBe(MerchantNotificationStatus.Delivered);
        delivered.Attempts.ShouldHaveSingleItem().HttpStatus.ShouldBe(200);
        _endpoint.Received.Count.ShouldBe(2);
        _endpoint.Received.ShouldAllBe(r => r.Genuine && r.EventId == stopped.Id.ToString() && r.Body == delivered.Body);
    }

    [Fact]
    public async Task Should_not_show_or_re_send_one_merchants_notification_to_another()
    {
        var m = await NotifiedMerchantAsync();
        await m.Payouts.CreateAsync(Plain("NOTIFY-MINE", 30_00));
        await _setup.RunJobsAsync();
        var id = (await new MerchantNotificationClientProxy(m.Admin).GetListAsync(new GetMerchantNotificationListInput())).Items.Single().Id;
        var other = new MerchantNotificationClientProxy((await CreateMerchantAsync()).Admin);

        var read = await Should.ThrowAsync<RemoteServiceException>(() => other.GetAsync(id));
        var resend = await Should.ThrowAsync<RemoteServiceException>(() => other.ResendAsync(id));
        var list = await other.GetListAsync(new GetMerchantNotificationListInput());

        read.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        resend.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        list.Items.ShouldBeEmpty();
    }

    /// <summary>A funded sandbox merchant whose notify address is the test's endpoint, with an API secret the endpoint checks against.</summary>
    private async Task<NotifiedMerchant> NotifiedMerchantAsync()
    {
        var m = await CreatePayoutMerchantAsync();
        var (keyId, secret) = await _setup.IssueSecretAsync(m.Merchant.Id);
        _endpoint.Secret = secret;
        await _setup.SetNotifyUrlAsync(m.Merchant.Id, _endpoint.Url);
        return new NotifiedMerchant(m, keyId);
    }

    /// <summary>Access tokens are short-lived, and the schedule moves the clock by hours: sign in as a clerk coming back would.</summary>
    private Task<HttpClient> SignInAgainAsync(TestMerchant merchant) => LoginAsync(merchant.Code, IdentityConsts.AdminUserName, merchant.AdminPassword);

    private static JsonElement Order(MerchantNotificationDetailDto detail) => JsonDocument.Parse(detail.Body).RootElement.GetProperty("order");

    private static IEnumerable<TimeSpan> Gaps(IReadOnlyList<MerchantNotificationAttemptDto> attempts) =>
        attempts.Zip(attempts.Skip(1), (earlier, later) => later.Time - earlier.Time);

    private sealed record NotifiedMerchant(PayoutMerchant Payout, string KeyId)
    {
        public TestMerchant Merchant => Payout.Merchant;

        public HttpClient Admin => Payout.Admin;

        public PayoutClientProxy Payouts => Payout.Payouts;

        public Guid MerchantChannelId => Payout.MerchantChannelId;
    }
}
