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

        // Quartz starts its scheduler just after the host has started: ready follows within moments.
        HttpResponseMessage ready;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            ready = await client.GetAsync("/health/ready");
            if (ready.StatusCode == HttpStatusCode.OK) break;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
