using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Tests.Cards;

public class CardJsonTests
{
    [Fact]
    public void A_card_using_every_element_and_action_is_valid_Adaptive_Card_1_5()
    {
        var json = CardJson.ToJsonElement(SampleCards.EveryElement());

        AdaptiveCardSchema.AssertValid(json);

        // "Every" stays true when a type is added to the model but not to the sample.
        var modelTypes = DiscriminatorsOf<CardElement>().Concat(DiscriminatorsOf<CardAction>()).Append("TextRun").Append("Column");
        var written = Objects(json).Where(o => o.TryGetProperty("type", out _)).Select(o => o.GetProperty("type").GetString()!).ToHashSet();
        Assert.Empty(modelTypes.Except(written));
    }

    [Fact]
    public void A_cards_size_is_its_empty_size_plus_each_elements_size_and_a_comma_between()
    {
        // What DigestCards relies on to measure a page element by element.
        var body = SampleCards.EveryElement().Body;
        var empty = CardJson.Utf8Size(new AdaptiveCard { Body = [], Lang = "zh" });

        var measured = empty + body.Sum(CardJson.Utf8Size) + body.Count - 1;

        Assert.Equal(CardJson.Utf8Size(new AdaptiveCard { Body = body, Lang = "zh" }), measured);
    }

    [Fact]
    public void The_root_carries_type_schema_and_version_first()
    {
        var root = CardJson.ToJsonElement(new AdaptiveCard()).EnumerateObject().Select(p => (p.Name, p.Value.ToString())).Take(3);

        Assert.Equal(
            [("type", "AdaptiveCard"), ("$schema", "http://adaptivecards.io/schemas/adaptive-card.json"), ("version", "1.5")],
            root);
    }

    [Fact]
    public void Every_typed_object_writes_its_type_first()
    {
        var typed = Objects(CardJson.ToJsonElement(SampleCards.EveryElement())).Where(o => o.TryGetProperty("type", out _)).ToList();

        Assert.True(typed.Count > 25, $"only {typed.Count} typed objects");
        Assert.All(typed, o => Assert.Equal("type", o.EnumerateObject().First().Name));
    }

    [Fact]
    public void Nulls_and_defaults_are_left_out()
    {
        var json = CardJson.ToJsonElement(SampleCards.EveryElement());

        var values = Objects(json).SelectMany(o => o.EnumerateObject()).ToList();
        Assert.DoesNotContain(values, p => p.Value.ValueKind is JsonValueKind.Null);
        // The sample hides one container on purpose; every other false is a default and left out.
        Assert.Equal(["isVisible"], values.Where(p => p.Value.ValueKind is JsonValueKind.False).Select(p => p.Name));

        var plain = CardJson.ToJson(new AdaptiveCard { Body = [new TextBlock("x"), new TextInput("a")] });
        Assert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"x"},{"type":"Input.Text","id":"a"}]}""",
            plain);
    }

    [Fact]
    public void Explicit_false_and_zero_are_written_where_the_model_allows_them()
    {
        var json = CardJson.ToJsonElement(new AdaptiveCard
        {
            Body = [new Container([new NumberInput("n") { Min = 0, Value = 0 }]) { IsVisible = false }],
            Actions = [new SubmitAction { Title = "Off", IsEnabled = false }],
        });

        var container = json.GetProperty("body")[0];
        Assert.Equal(JsonValueKind.False, container.GetProperty("isVisible").ValueKind);
        Assert.Equal(0, container.GetProperty("items")[0].GetProperty("min").GetDouble());
        Assert.Equal(0, container.GetProperty("items")[0].GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.False, json.GetProperty("actions")[0].GetProperty("isEnabled").ValueKind);
    }

    [Fact]
    public void The_msteams_object_carries_full_width_and_mention_entities()
    {
        var mention = Mention.Of("29:abc", "Ana");
        var card = new AdaptiveCard
        {
            Body = [new TextBlock($"Well done {mention.Text}")],
            MsTeams = TeamsCardProperties.FullWidth with { Entities = [mention] },
        };

        var json = CardJson.ToJsonElement(card);

        AdaptiveCardSchema.AssertValid(json);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"width":"Full","entities":[{"type":"mention","text":"<at>Ana</at>","mentioned":{"id":"29:abc","name":"Ana"}}]}"""),
            JsonNode.Parse(json.GetProperty("msteams").GetRawText())));
        Assert.Contains("Well done <at>Ana</at>", CardJson.ToJson(card)); // written as is, not \u003C-escaped
    }

    [Fact]
    public void An_Execute_with_Submit_fallback_sends_the_same_data_plus_the_verb()
    {
        var data = new JsonObject { ["memberId"] = 7, ["verb"] = "stale" };
        var execute = new ExecuteAction("share.like") { Title = "Like", Data = data, AssociatedInputs = AssociatedInputs.None }.WithSubmitFallback();

        var json = CardJson.ToJsonElement(new AdaptiveCard { Body = [new ActionSet([execute])] });

        AdaptiveCardSchema.AssertValid(json);
        var action = json.GetProperty("body")[0].GetProperty("actions")[0];
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal("share.like", action.GetProperty("verb").GetString());
        var fallback = action.GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
        Assert.Equal("Like", fallback.GetProperty("title").GetString());
        Assert.Equal("None", fallback.GetProperty("associatedInputs").GetString());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"memberId":7,"verb":"share.like"}"""),
            JsonNode.Parse(fallback.GetProperty("data").GetRawText())));
        Assert.Equal("stale", (string?)data["verb"]); // the Execute's own data is left alone
        Assert.Equal("stale", action.GetProperty("data").GetProperty("verb").GetString());
    }

    [Fact]
    public void An_Execute_without_data_still_gives_its_fallback_the_verb()
    {
        var fallback = (SubmitAction)new ExecuteAction("help").WithSubmitFallback().Fallback!;

        Assert.Equal("""{"verb":"help"}""", fallback.Data!.ToJsonString());
    }

    [Fact]
    public void Refresh_writes_an_Execute_action_with_its_type()
    {
        var card = new AdaptiveCard { Refresh = new CardRefresh(new ExecuteAction("board.refresh")) { UserIds = ["29:a", "29:b"] } };

        var json = CardJson.ToJsonElement(card);

        AdaptiveCardSchema.AssertValid(json);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"userIds":["29:a","29:b"],"action":{"type":"Action.Execute","verb":"board.refresh"}}"""),
            JsonNode.Parse(json.GetProperty("refresh").GetRawText())));
    }

    [Fact]
    public void Values_use_the_card_formats()
    {
        var json = CardJson.ToJsonElement(new AdaptiveCard
        {
            Body =
            [
                new TimeInput("t") { Value = new TimeOnly(18, 30, 59) },
                new DateInput("d") { Value = new DateOnly(2026, 3, 9) },
                new TextBlock("big") { Size = TextSize.ExtraLarge, Spacing = Spacing.ExtraLarge },
                new ColumnSet([
                    new Column([]) { Width = ColumnWidth.Auto },
                    new Column([]) { Width = ColumnWidth.Stretch },
                    new Column([]) { Width = ColumnWidth.Weighted(3) },
                    new Column([]) { Width = ColumnWidth.InPixels(48) }]),
            ],
        });

        AdaptiveCardSchema.AssertValid(json);
        var body = json.GetProperty("body");
        Assert.Equal("18:30", body[0].GetProperty("value").GetString());
        Assert.Equal("2026-03-09", body[1].GetProperty("value").GetString());
        Assert.Equal("extraLarge", body[2].GetProperty("size").GetString());
        Assert.Equal("extraLarge", body[2].GetProperty("spacing").GetString());
        Assert.Equal("""["auto","stretch",3,"48px"]""",
            "[" + string.Join(",", body[3].GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("width").GetRawText())) + "]");
    }

    [Fact]
    public void Utf8Size_is_the_byte_count_of_the_json_sent()
    {
        var ascii = new AdaptiveCard { Body = [new TextBlock("Sales")] };
        var chinese = new AdaptiveCard { Body = [new TextBlock("销售额度")] };

        Assert.Equal(Encoding.UTF8.GetByteCount(CardJson.ToJson(ascii)), CardJson.Utf8Size(ascii));
        Assert.Equal(Encoding.UTF8.GetByteCount(CardJson.ToJson(chinese)), CardJson.Utf8Size(chinese));
        // Four CJK characters are 12 UTF-8 bytes (raw, not \uXXXX-escaped) against five ASCII ones.
        Assert.Equal(12 - 5, CardJson.Utf8Size(chinese) - CardJson.Utf8Size(ascii));
    }

    [Fact]
    public void ToAttachment_wraps_the_card_json_as_an_adaptive_card_attachment()
    {
        var card = SampleCards.EveryElement();

        var attachment = CardJson.ToAttachment(card);

        AdaptiveCardSchema.AssertValid(attachment);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal(CardJson.ToJson(card), JsonSerializer.Serialize(attachment.Content, CardJson.Options));
        Assert.Contains("\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\"", JsonSerializer.Serialize(attachment));
    }

    [Fact]
    public void ToAttachment_refuses_a_card_Teams_would_reject_for_size()
    {
        TextBlock Line(int i) => new($"Rep {i:D3} — 12 calls, 3 visits, ¥12,000 signed") { Wrap = true };
        var fits = new AdaptiveCard { Body = [.. Enumerable.Range(0, 100).Select(Line)] };
        var tooBig = new AdaptiveCard { Body = [.. Enumerable.Range(0, 1000).Select(Line)] };

        Assert.InRange(CardJson.Utf8Size(fits), 1, CardJson.MaxCardBytes);
        CardJson.ToAttachment(fits);
        var error = Assert.Throws<CardTooLargeException>(() => CardJson.ToAttachment(tooBig));
        Assert.Equal(CardJson.Utf8Size(tooBig), error.Bytes);
        Assert.True(error.Bytes > CardJson.MaxCardBytes);
    }

    private static IEnumerable<string> DiscriminatorsOf<T>() =>
        typeof(T).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => (string)a.TypeDiscriminator!);

    private static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(element),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
        _ => [],
    };
}
