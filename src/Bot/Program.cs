using IronArmy.Bot.Conversations;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Help;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Leaderboards;
using IronArmy.Bot.Onboarding;
using IronArmy.Bot.Operations;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.RideAlongs;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Tiers;
using IronArmy.Bot.Settings;
using IronArmy.Data.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddObservability();
builder.Services.AddClockControl(builder.Configuration, builder.Environment);
builder.Services.AddIronArmyData(builder.Configuration);
builder.Services.AddBotProtocol(builder.Configuration, builder.Environment);
builder.Services.AddDelivery(builder.Configuration);
builder.Services.AddScheduling(builder.Configuration);
builder.Services.AddConversations();
builder.Services.AddOnboarding();
builder.Services.AddKickoff();
builder.Services.AddEveningShare();
builder.Services.AddLeaderboards(builder.Configuration);
builder.Services.AddTiers();
builder.Services.AddRideAlongs();
builder.Services.AddSettings();
builder.Services.AddHelp();
builder.Services.AddReadinessChecks();

var app = builder.Build();
app.MapHealth();
app.MapBotMessages();
app.MapClockControl();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
