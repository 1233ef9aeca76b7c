using System.Text.Json;
using System.Text.Json.Nodes;

namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// The card filling the kickoff test relies on, checked against what the Playground's own UI sent
/// when a user typed into a card and pressed its Action.Execute button.
/// </summary>
public sealed class AdaptiveCardFormTests
{
    private static readonly JsonElement Captured = JsonElement.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recordings", "kickoff-execute-click.json")));

    private static AdaptiveCardForm Form => AdaptiveCardForm.Of(Captured.GetProperty("card"));

    private static Dictionary<string, string> Typed =>
        Captured.GetProperty("typed").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    [Fact]
    public void Pressing_Execute_sends_what_the_Playground_UI_sent()
    {
        var click = Form.Execute("kickoff.submit", Typed);

        Assert.Equal("Action.Execute", click.Type);
        Assert.Equal("Submit", click.Title);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(Captured.GetProperty("sentByTheUi").GetRawText()), click.Data),
            $"Sent {click.Data.ToJsonString()}");
    }

    [Fact]
    public void The_Submit_fallback_carries_its_own_data_and_the_same_inputs()
    {
        var data = Form.SubmitFallback("kickoff.submit", Typed);

        Assert.Equal("kickoff.submit", data["verb"]!.GetValue<string>());
        Assert.Equal("2026-11-24", data["workDate"]!.GetValue<string>());
        Assert.Equal("Acme Trading", data["visit.1.customer"]!.GetValue<string>());
        Assert.Equal("false", data["newcustomer.1.payer"]!.GetValue<string>());
    }

    [Fact]
    public void A_user_cannot_type_into_an_input_the_card_lacks_or_pick_a_choice_it_does_not_offer()
    {
        Assert.Throws<InvalidOperationException>(() => Form.Execute("kickoff.submit", new Dictionary<string, string> { ["visit.9.customer"] = "X" }));
        Assert.Throws<InvalidOperationException>(() => Form.Execute("kickoff.submit", new Dictionary<string, string> { ["visit.1.class"] = "D" }));
        Assert.Throws<InvalidOperationException>(() => Form.Execute("kickoff.submit", new Dictionary<string, string> { ["newcustomer.1.need"] = "yes" }));
        Assert.Throws<InvalidOperationException>(() => Form.Execute("kickoff.cancel", Typed));
    }

    [Fact]
    public void Errors_shown_counts_attention_text_and_input_error_messages()
    {
        Assert.Equal(0, Form.ErrorsShown);

        var card = JsonNode.Parse(Captured.GetProperty("card").GetRawText())!.AsObject();
        var body = card["body"]!.AsArray();
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "Visits: enter a number", ["color"] = "Attention" });
        body[1]!["errorMessage"] = "Enter a number";

        Assert.Equal(2, AdaptiveCardForm.Of(JsonElement.Parse(card.ToJsonString())).ErrorsShown);
    }
}
