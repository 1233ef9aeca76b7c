using System.Net;
using IronArmy.Bot.Tests.Conversations;

namespace IronArmy.Bot.Tests.Operations;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly BotHost _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Live_answers_and_ready_reports_the_database_and_the_scheduler()
    {
        var client = _bot.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        // Quartz starts its scheduler just after the host has started: ready follows once it has.
        await _bot.SchedulerStartedAsync();
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
