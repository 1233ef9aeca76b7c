using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The one nudge to a rep who has not shared: a line and a button that opens tonight's recap in
/// place of the nudge, so the rep does not have to find this evening's form or type a command.
/// </summary>
public static class RecapNudgeCard
{
    /// <summary>Opens the recap form for the day (its summary once shared), like <c>recap</c>.</summary>
    public const string OpenVerb = "recap.open";

    public static AdaptiveCard Build(Texts t, string personName, DateOnly workDate)
    {
        var text = t.Format("Recap_Nudge", t.PersonName(personName), t.LocalDate(workDate));
        return new AdaptiveCard
        {
            Body = [new TextBlock(text) { Wrap = true }],
            Actions = [DayCardButton.For(OpenVerb, t["Recap_NudgeOpen"], workDate, t)],
            Lang = t.CardLanguage,
            FallbackText = text,
        };
    }
}
