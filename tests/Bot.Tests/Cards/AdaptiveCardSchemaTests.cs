using System.Text.Json;
using System.Text.Json.Nodes;
using IronArmy.Bot.Cards;
using Xunit.Sdk;

namespace IronArmy.Bot.Tests.Cards;

/// <summary>Proves the validator other tests rely on fails, and says why, for broken cards.</summary>
public class AdaptiveCardSchemaTests
{
    [Fact]
    public void Accepts_a_minimal_card()
    {
        Assert.Empty(AdaptiveCardSchema.Validate(Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi"}]}""")));
    }

    [Fact]
    public void Rejects_an_unknown_element_type_and_points_at_it()
    {
        var reasons = AdaptiveCardSchema.Validate(Parse(
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"ok"},{"type":"Carousel","pages":[]}]}"""));

        var reason = Assert.Single(reasons);
        Assert.Contains("#/body[1]", reason);
        Assert.Contains("type", reason);
    }

    [Fact]
    public void Rejects_a_TextBlock_without_text_even_when_the_model_builds_it()
    {
        // The model cannot stop a null slipping in; the serializer then leaves "text" out.
        var card = new AdaptiveCard { Body = [new Container([new TextBlock(null!)])] };

        var reasons = AdaptiveCardSchema.Validate(CardJson.ToJsonElement(card));

        Assert.Equal(["#/body[0].items[0].text: PropertyRequired"], reasons);
    }

    [Fact]
    public void Rejects_a_wrongly_typed_property_inside_an_action()
    {
        var reasons = AdaptiveCardSchema.Validate(Parse(
            """{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.OpenUrl","title":"Go","url":"https://example.com","isEnabled":"yes"}]}"""));

        Assert.Contains("#/actions[0].isEnabled: BooleanExpected", reasons);
    }

    [Fact]
    public void Rejects_a_ShowCard_where_only_select_actions_are_allowed()
    {
        // The model types SelectAction as any action; the schema is what catches this one.
        var card = new AdaptiveCard { Body = [new Container([new TextBlock("x")]) { SelectAction = new ShowCardAction(new AdaptiveCard()) }] };

        var reason = Assert.Single(AdaptiveCardSchema.Validate(CardJson.ToJsonElement(card)));
        Assert.StartsWith("#/body[0].selectAction:", reason);
    }

    [Fact]
    public void Rejects_an_empty_object_and_a_card_of_another_version()
    {
        Assert.Equal(2, AdaptiveCardSchema.Validate(Parse("{}")).Count);
        var reason = Assert.Single(AdaptiveCardSchema.Validate(Parse("""{"type":"AdaptiveCard","version":"1.6","body":[]}""")));
        Assert.Contains("#/version", reason);
    }

    [Fact]
    public void Rejects_a_mention_whose_text_is_not_in_the_card()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock("Good morning, Li Wei")],
            MsTeams = new TeamsCardProperties { Entities = [Mention.Of("29:1", "Li Wei")] },
        };

        var reason = Assert.Single(AdaptiveCardSchema.Validate(CardJson.ToJsonElement(card)));
        Assert.Contains("<at>Li Wei</at>", reason);
    }

    [Fact]
    public void Rejects_a_malformed_msteams_mention()
    {
        var reasons = AdaptiveCardSchema.Validate(Parse(
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"<at>A</at>"}],"msteams":{"width":"Full","entities":[{"type":"mention","text":"<at>A</at>","mentioned":{"id":"29:1"}}]}}"""));

        Assert.Contains("#/msteams.entities[0].mentioned.name: PropertyRequired", reasons);
    }

    [Fact]
    public void AssertValid_fails_the_test_with_the_reasons()
    {
        var broken = Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock"}]}""");

        var failure = Assert.Throws<FailException>(() => AdaptiveCardSchema.AssertValid(broken));
        Assert.Contains("#/body[0].text: PropertyRequired", failure.Message);
    }

    private static JsonElement Parse(string json) => JsonNode.Parse(json)!.Deserialize<JsonElement>();
}
