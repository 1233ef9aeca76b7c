using IronArmy.Bot.Protocol;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBotProtocol(builder.Configuration, builder.Environment);
var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok());
app.MapBotMessages();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
