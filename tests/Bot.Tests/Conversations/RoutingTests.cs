using IronArmy.Bot.Conversations;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Kickoff;
using IronArmy.Core.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Tests.Conversations;

/// <summary>The routes the features register for themselves, as the running bot has them.</summary>
public sealed class RoutingTests : IDisposable
{
    private readonly BotHost _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void Every_command_the_parser_can_produce_has_one_handler_that_resolves()
    {
        var routes = _bot.Services.GetRequiredService<IOptions<CommandRoutes>>().Value;
        var commands = typeof(Command).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Command)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(commands);
        using var scope = _bot.Services.CreateScope();
        foreach (var command in commands)
        {
            var handler = routes.HandlerOf(command);
            Assert.True(handler is not null, $"{command.Name} has no handler");
            Assert.True(scope.ServiceProvider.GetRequiredService(handler) is ICommandHandler, $"{handler.Name} is no command handler");
        }
    }

    [Fact]
    public void Every_button_on_the_bots_cards_reaches_its_feature()
    {
        var routes = _bot.Services.GetRequiredService<IOptions<CardActionRoutes>>().Value;
        Assert.Equal(typeof(KickoffSubmissions), routes.HandlerOf(KickoffCard.SubmitVerb));
        Assert.Equal(typeof(KickoffSubmissions), routes.HandlerOf(KickoffSummaryCard.EditVerb));
        Assert.Equal(typeof(RecapSubmissions), routes.HandlerOf(RecapCard.SubmitVerb));
        Assert.Equal(typeof(RecapSubmissions), routes.HandlerOf(RecapSummaryCard.EditVerb));
        Assert.Equal(typeof(RecapSubmissions), routes.HandlerOf(RecapNudgeCard.OpenVerb));
        Assert.Null(routes.HandlerOf("nobody.claims.this"));
    }

    [Fact]
    public void A_command_claimed_by_two_features_stops_the_start()
    {
        var services = new ServiceCollection();
        services.AddCommandHandler<KickoffCommands>();
        services.Configure<CommandRoutes>(r => r.Map([typeof(OpenKickoffCommand)], typeof(EveningShareCommands)));
        var error = Assert.Throws<InvalidOperationException>(() => services.BuildServiceProvider().GetRequiredService<IOptions<CommandRoutes>>().Value);
        Assert.Contains(nameof(OpenKickoffCommand), error.Message);
    }
}
