using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Cards;

/// <summary>A message activity carrying one Adaptive Card; the fallback text shows in notifications.</summary>
public static class CardMessage
{
    public static Activity Of(AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Summary = card.FallbackText,
        Attachments = [CardJson.ToAttachment(card)],
    };

    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };
}
