namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// The kickoff form pressed after the evening share, against the real Playground: the rep asked for
/// the form while it was open, the share came, and then they pressed Submit. Their words come back
/// with the line saying when the plan closed, and tomorrow's form is filled in with them.
/// </summary>
public sealed class KickoffAfterTheShareInThePlaygroundTests : IAsyncLifetime
{
    private const string SubmitVerb = "kickoff.submit";

    private static readonly Dictionary<string, string> Typed = new()
    {
        ["target.month.amount"] = "300000", ["target.month.visits"] = "160", ["target.month.validnew"] = "60",
        ["target.week.amount"] = "80000", ["target.week.visits"] = "40", ["target.week.validnew"] = "15",
        ["target.day.amount"] = "20000", ["target.day.visits"] = "abc", ["target.day.validnew"] = "1",
        ["visit.1.customer"] = "Acme Trading",
        ["visit.1.time"] = "09:30",
        ["visit.1.class"] = "A",
        ["visit.1.kp"] = "first",
        ["visit.1.outcome"] = "close",
    };

    private BotInThePlayground? _session;

    public async Task InitializeAsync() => _session = await BotInThePlayground.StartAsync();

    public async Task DisposeAsync()
    {
        if (_session is not null)
            await _session.DisposeAsync();
    }

    [Fact]
    public async Task A_plan_submitted_after_the_share_comes_back_with_the_line_and_fills_in_tomorrows_form()
    {
        var session = _session!;
        await session.InstallAsync();
        // The team's evening is now (22:xx); with the share at 23:30 today's form is still open.
        var zone = TeamZones.WhereTheHourIs(22);
        await session.SayAsync("set timezone " + zone);
        await session.SayAsync("set share 23:30");
        var (cardId, form) = await AskForTheCardAsync("plan");
        Assert.True(form.HasExecute(SubmitVerb), $"'plan' did not give today's form while it was open:\n{form.Card}");

        // Then the share comes (18:30 is already past) and the rep presses Submit.
        await session.SayAsync("set share 18:30");
        var answer = await session.Playground.ExecuteCardActionAsync(cardId, form.Execute(SubmitVerb, Typed));

        var kept = answer.GetProperty("value");
        var text = kept.GetRawText();
        Assert.False(AdaptiveCardForm.Of(kept).HasExecute(SubmitVerb), $"A form that cannot be saved came back:\n{kept}");
        Assert.Contains($"closed at 18:30 team time ({zone})", text);
        Assert.Contains("Nothing is lost", text);
        foreach (var word in new[] { "Acme Trading", "09:30", "abc", "300000" })
            Assert.True(text.Contains(word, StringComparison.Ordinal), $"'{word}' did not come back:\n{kept}");

        // Kept: tomorrow's kickoff form is filled in with them. ("Plan", not "plan" again: replies are
        // found by the message's text, and the first "plan" already has its answer.)
        var (_, next) = await AskForTheCardAsync("Plan");
        var nextText = next.Card.GetRawText();
        Assert.True(next.HasExecute(SubmitVerb), $"No form for the next work day:\n{next.Card}");
        Assert.True(nextText.Contains("Filled in with the plan you sent", StringComparison.Ordinal), $"The next form does not say whose words fill it:\n{next.Card}");
        Assert.True(nextText.Contains("Acme Trading", StringComparison.Ordinal), $"The next form is not filled in with the words:\n{next.Card}");
    }

    private async Task<(string CardId, AdaptiveCardForm Form)> AskForTheCardAsync(string command)
    {
        var session = _session!;
        var replies = await session.SayAsync(command, until: found => found.Any(r => r.AdaptiveCards.Any()));
        var reply = replies.Single(r => r.AdaptiveCards.Any());
        Assert.False(string.IsNullOrEmpty(reply.Id), "The Playground gave the card no id.");
        return (reply.Id, AdaptiveCardForm.Of(reply.AdaptiveCards.Single()));
    }
}
