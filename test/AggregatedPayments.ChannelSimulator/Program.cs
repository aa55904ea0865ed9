using AggregatedPayments.ChannelSimulator.Admin;
using AggregatedPayments.ChannelSimulator.Alipay;
using AggregatedPayments.ChannelSimulator.Callbacks;
using AggregatedPayments.ChannelSimulator.Clock;
using AggregatedPayments.ChannelSimulator.Faults;
using AggregatedPayments.ChannelSimulator.GenericHttp;
using AggregatedPayments.ChannelSimulator.Payouts;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSimulatorClock();
builder.Services.AddSimulatorState<PayoutLog>();
builder.Services.AddSimulatorState<FaultKnobs>();
builder.Services.AddSimulatorCallbacks();
builder.Services.AddAlipaySimulator(builder.Configuration);
builder.Services.AddGenericProvider(builder.Configuration);

var app = builder.Build();

app.MapAlipayGateway();
app.MapAlipaySimulator();
app.MapGenericProvider();
app.MapSimulatorAdmin();
app.MapSimulatorCallbacks();
app.MapSimulatorClock();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
