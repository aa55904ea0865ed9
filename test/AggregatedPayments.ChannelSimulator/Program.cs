using AggregatedPayments.ChannelSimulator.Admin;
using AggregatedPayments.ChannelSimulator.Alipay;
using AggregatedPayments.ChannelSimulator.Faults;
using AggregatedPayments.ChannelSimulator.GenericHttp;
using AggregatedPayments.ChannelSimulator.Payouts;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<PayoutLog>();
builder.Services.AddSingleton<FaultKnobs>();
builder.Services.Configure<AlipaySimulatorOptions>(builder.Configuration.GetSection(AlipaySimulatorOptions.Section));
builder.Services.AddSingleton<AlipayKeys>();
builder.Services.AddSingleton<AlipayLedger>();
builder.Services.AddSingleton<AlipayGateway>();
builder.Services.AddGenericProvider(builder.Configuration);

var app = builder.Build();

app.UseGenericReset();
app.MapAlipayGateway();
app.MapGenericProvider();
app.MapSimulatorAdmin();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
