using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Cards;

/// <summary>
/// The cards <c>scripts/card-heights.sh</c> measures are valid 1.5 cards; with <c>CARD_HEIGHTS_DIR</c>
/// set, each is also written there as <c>{order}-{name}.{locale}.json</c> for the renderer to measure.
/// </summary>
public class MeasuredCardsTests
{
    public static TheoryData<string, string> Cards()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in MeasuredCards.Names)
            foreach (var locale in new[] { "en-US", "zh-CN" })
                data.Add(name, locale);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Every_measured_card_is_a_valid_card(string name, string locale)
    {
        var card = MeasuredCards.Build(name, Texts.For(locale));

        AssertValidCard(card, $"Measured_{name}_{locale}");

        if (Environment.GetEnvironmentVariable("CARD_HEIGHTS_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            // Numbered so the table lists the cards in the order of the day.
            var order = Array.IndexOf(MeasuredCards.Names, name) + 1;
            File.WriteAllText(Path.Combine(directory, $"{order:00}-{name}.{locale}.json"), CardJson.ToJson(card));
        }
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Nothing_is_written_in_the_pale_good_colour(string name, string locale)
    {
        // Teams' "good" green on a white card is too pale to read on a phone in the sun: a tick or bold says it.
        var json = CardJson.ToJsonElement(MeasuredCards.Build(name, Texts.For(locale)));

        Assert.DoesNotContain(Objects(json), o => o.TryGetProperty("color", out var color) && color.GetString() == "good");
    }
}
