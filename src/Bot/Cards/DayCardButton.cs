using System.Globalization;
using System.Text.Json.Nodes;
using IronArmy.Bot.Resources;

namespace IronArmy.Bot.Cards;

/// <summary>
/// The button of a card that belongs to one work day (kickoff, recap): Action.Execute with an
/// Action.Submit fallback, carrying the day and the card's language so the answer matches both.
/// </summary>
public static class DayCardButton
{
    public const string WorkDateKey = "workDate";
    public const string LanguageKey = "lang";

    public static CardAction For(string verb, string title, DateOnly workDate, Texts t) =>
        new ExecuteAction(verb)
        {
            Title = title,
            Data = new JsonObject { [WorkDateKey] = workDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [LanguageKey] = t.Language },
        }.WithSubmitFallback();
}
