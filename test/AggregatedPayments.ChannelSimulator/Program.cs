using AggregatedPayments.ChannelSimulator.Admin;
using AggregatedPayments.ChannelSimulator.Alipay;
using AggregatedPayments.ChannelSimulator.Callbacks;
using AggregatedPayments.ChannelSimulator.Faults;
using AggregatedPayments.ChannelSimulator.Payouts;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSimulatorState<PayoutLog>();
builder.Services.AddSimulatorState<FaultKnobs>();
builder.Services.AddSimulatorCallbacks();
builder.Services.Configure<AlipaySimulatorOptions>(builder.Configuration.GetSection(AlipaySimulatorOptions.Section));
builder.Services.AddSingleton<AlipayKeys>();
builder.Services.AddSimulatorState<AlipayLedger>();
builder.Services.AddSingleton<AlipayGateway>();

var app = builder.Build();

app.MapAlipayGateway();
app.MapSimulatorAdmin();
app.MapSimulatorCallbacks();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
