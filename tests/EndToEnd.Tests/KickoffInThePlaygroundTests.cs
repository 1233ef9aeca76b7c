using System.Text.Json;
using System.Text.RegularExpressions;

namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// The morning kickoff against the real Playground: the user asks for the form with "plan", fills
/// it in and presses Submit, and the card in the chat becomes the bot's answer. Pressing Submit
/// goes through the same Playground endpoints its UI calls, with the data its card renderer builds.
/// </summary>
public sealed partial class KickoffInThePlaygroundTests : IAsyncLifetime
{
    private const string SubmitVerb = "kickoff.submit";
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    private static readonly Dictionary<string, string> ValidPlan = new()
    {
        // A first plan: nothing carries over yet, so every target is filled in.
        ["target.month.amount"] = "300000", ["target.month.visits"] = "160", ["target.month.validnew"] = "60",
        ["target.week.amount"] = "80000", ["target.week.visits"] = "40", ["target.week.validnew"] = "15",
        ["target.day.amount"] = "20000", ["target.day.visits"] = "2", ["target.day.validnew"] = "1",
        ["visit.1.customer"] = "Acme Trading",
        ["visit.1.time"] = "09:30",
        ["visit.1.class"] = "A",
        ["visit.1.kp"] = "first",
        ["visit.1.outcome"] = "close",
        ["visit.2.customer"] = "Blue Sky Tech",
        ["visit.2.time"] = "14:00",
        ["visit.2.class"] = "New",
        ["visit.2.kp"] = "second",
        ["visit.2.outcome"] = "first",
        ["newcustomer.1.customer"] = "Green Leaf Foods",
        ["newcustomer.1.need"] = "true",
        ["newcustomer.1.budget"] = "true",
        ["newcustomer.1.payer"] = "true",
    };

    private static readonly Dictionary<string, string> NonNumericVisits =
        new(ValidPlan) { ["target.day.visits"] = "abc" };

    private BotInThePlayground? _session;

    public async Task InitializeAsync() => _session = await BotInThePlayground.StartAsync();

    public async Task DisposeAsync()
    {
        if (_session is not null)
            await _session.DisposeAsync();
    }

    [Fact]
    public async Task A_mistyped_plan_comes_back_with_an_error_and_the_corrected_one_is_summed_up()
    {
        var session = _session!;
        await session.InstallAsync();
        var (cardId, form) = await AskForTheFormAsync();

        // Action.Execute, which the Playground (like Teams) renders: the answer comes back in the
        // invoke's response and replaces the card.
        var mistyped = await session.Playground.ExecuteCardActionAsync(cardId, form.Execute(SubmitVerb, NonNumericVisits));

        var formAgain = AdaptiveCardForm.Of(AnsweredCard(mistyped));
        Assert.True(formAgain.HasExecute(SubmitVerb), $"Not the form again:\n{formAgain.Card}");
        Assert.Contains("target.day.visits", formAgain.InputIds);
        Assert.True(formAgain.ErrorsShown > form.ErrorsShown,
            $"The form came back without an error for day visits 'abc':\n{formAgain.Card}");

        var corrected = await session.Playground.ExecuteCardActionAsync(cardId, formAgain.Execute(SubmitVerb, ValidPlan));

        AssertIsTheSummary(AnsweredCard(corrected));
    }

    [Fact]
    public async Task A_plan_submitted_without_Action_Execute_replaces_the_card_with_its_summary()
    {
        var session = _session!;
        await session.InstallAsync();
        var (cardId, form) = await AskForTheFormAsync();

        // The Action.Submit fallback (clients without Action.Execute): a message carrying the data,
        // which the bot answers by replacing the card (PUT to the card's activity).
        await session.Playground.SubmitCardAsync(cardId, form.SubmitFallback(SubmitVerb, ValidPlan));

        var updates = await session.Playground.Recording.WaitForAsync(
            _ => session.Playground.Recording.BotUpdatesOf(session.Playground.ConversationId, cardId) is { Count: > 0 } found ? found : null,
            BotInThePlayground.SeenWithin);
        Assert.True(updates is not null, $"The bot did not replace the card it had sent.\n{session.Diagnostics()}");
        AssertIsTheSummary(BotMessage.AdaptiveCardsOf(updates[^1]).Single());
    }

    private async Task<(string CardId, AdaptiveCardForm Form)> AskForTheFormAsync()
    {
        var session = _session!;
        // Noon in the team's zone: today's form is open whenever the test runs (it closes at the 18:30 share).
        await session.SayAsync("set timezone " + TeamZones.WhereTheHourIs(12));
        var replies = await session.SayAsync("plan", until: found => found.Any(r => r.AdaptiveCards.Any()));

        var withCard = replies.Where(r => r.AdaptiveCards.Any()).ToList();
        Assert.True(withCard.Count == 1, $"Expected one reply with the kickoff card to 'plan', got {withCard.Count}.\n{session.Diagnostics()}");
        var reply = withCard[0];
        Assert.False(string.IsNullOrEmpty(reply.Id), "The Playground gave the card no id.");
        var card = reply.AdaptiveCards.Single();
        Assert.Equal("1.5", card.GetProperty("version").GetString());

        var form = AdaptiveCardForm.Of(card);
        foreach (var id in ValidPlan.Keys)
            Assert.Contains(id, form.InputIds);
        Assert.True(form.HasExecute(SubmitVerb), $"The kickoff card has no '{SubmitVerb}' button:\n{card}");
        Assert.Matches(WorkDate(), form.Execute(SubmitVerb, new Dictionary<string, string>()).Data["workDate"]!.GetValue<string>());
        return (reply.Id, form);
    }

    private static JsonElement AnsweredCard(JsonElement invokeAnswer)
    {
        Assert.Equal(AdaptiveCardType, invokeAnswer.GetProperty("type").GetString());
        var card = invokeAnswer.GetProperty("value");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        return card;
    }

    private static void AssertIsTheSummary(JsonElement card)
    {
        var form = AdaptiveCardForm.Of(card);
        Assert.False(form.HasExecute(SubmitVerb), $"The form again, not the summary:\n{card}");
        var text = card.GetRawText();
        foreach (var customer in new[] { "Acme Trading", "Blue Sky Tech" })
            Assert.True(text.Contains(customer, StringComparison.Ordinal), $"The summary does not name {customer}:\n{card}");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex WorkDate();
}
