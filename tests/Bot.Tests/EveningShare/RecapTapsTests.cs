using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Tests.Forms;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using static IronArmy.Bot.Tests.EveningShare.RecapSamples;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.EveningShare;

/// <summary>
/// The common day on a phone, tap by tap, from the evening prompt to "shared": the plan kept, one
/// visit beyond it. A tap is opening the card, pressing a toggle or a button, or focusing a text
/// box (the words typed are not counted); a compact choice is two (open the list, pick).
/// </summary>
public class RecapTapsTests
{
    public const int MostTaps = 12;

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void The_common_day_is_shared_in_at_most_twelve_taps(string locale)
    {
        var card = CardJson.ToJsonElement(RecapCard.Build(Texts.For(locale), new RecapFormView(WorkDate, "CNY", Planned, RecapForm.Prefill(Planned, Plan().NewCustomers))));
        var changes = new Dictionary<string, string>();
        var taps = 1; // open the prompt in the 1:1 chat

        // Confirm: Zhongce and Ningbo Port went as planned, nothing to touch. Adjust: Shaoxing was a
        // first contact, and only the rep can say where it landed.
        taps += Choose(card, RecapInputs.PlannedClass(3), "C", changes);

        // One extra visit: show its row, name the customer, its type and class after.
        taps += Reveal(card, RecapCard.UnplannedList, 1);
        taps += Type(card, RecapInputs.UnplannedCustomer(1), "Huzhou Silk", changes);
        taps += Choose(card, RecapInputs.UnplannedType(1), RecapChoices.Of(VisitType.New), changes);
        taps += Choose(card, RecapInputs.UnplannedClass(1), RecapChoices.Of(ClassAfter.C), changes);

        taps += 1; // Share
        var read = RecapForm.Read(Sent.From(card, changes), RecapLimits.For("CNY"), Planned);

        Assert.True(read.IsValid, string.Join(", ", read.Problems));
        Assert.Equal(
            [
                new PlannedVisitResult("Hangzhou Zhongce Tyres", true, true, ClassAfter.A, 0),
                new PlannedVisitResult("Ningbo Port Logistics", true, false, ClassAfter.B, 0),
                new PlannedVisitResult("Shaoxing Textiles", true, true, ClassAfter.C, 0),
            ],
            read.Value.Planned);
        Assert.Equal([new UnplannedVisit("Huzhou Silk", VisitType.New, ClassAfter.C, false, 0)], read.Value.Unplanned);
        Assert.Equal(Plan().NewCustomers, read.Value.NewCustomers);
        Assert.Equal(10, taps);
        Assert.True(taps <= MostTaps);
    }

    [Fact]
    public void A_signing_is_one_amount_typed_on_the_visit()
    {
        var card = CardJson.ToJsonElement(RecapCard.Build(Texts.English, new RecapFormView(WorkDate, "CNY", Planned, RecapForm.Prefill(Planned))));
        var changes = new Dictionary<string, string> { [RecapInputs.PlannedClass(3)] = "C" };

        // Zhongce signed: the amount alone, its class after left at the A the plan gave it.
        var taps = Type(card, RecapInputs.PlannedAmount(1), "88000", changes);
        var read = RecapForm.Read(Sent.From(card, changes), RecapLimits.For("CNY"), Planned);

        Assert.Equal(1, taps);
        Assert.Equal(new PlannedVisitResult("Hangzhou Zhongce Tyres", true, true, ClassAfter.Signed, 8_800_000), read.Value!.Planned[0]);
    }

    private static int Choose(JsonElement card, string id, string value, Dictionary<string, string> changes)
    {
        var input = Inputs(card)[id];
        Assert.Equal("compact", input.GetProperty("style").GetString());
        Assert.Contains(value, input.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        changes[id] = value;
        return 2;
    }

    private static int Type(JsonElement card, string id, string text, Dictionary<string, string> changes)
    {
        Assert.Contains(Inputs(card)[id].GetProperty("type").GetString(), new[] { "Input.Text", "Input.Number" });
        changes[id] = text;
        return 1;
    }

    /// <summary>The list's first hidden row, shown by the one "add" button in sight.</summary>
    private static int Reveal(JsonElement card, string list, int row)
    {
        var add = Objects(card).Single(o => o.TryGetProperty("id", out var i) && i.GetString() == RecapCard.AddId(list, row));
        Assert.False(add.TryGetProperty("isVisible", out _));
        Assert.Contains(RecapCard.RowId(list, row), add.GetProperty("actions")[0].GetProperty("targetElements").EnumerateArray().Select(e => e.GetString()));
        return 1;
    }
}
