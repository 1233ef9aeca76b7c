using IronArmy.Bot.Tests.Cards;
using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.Tests.Kickoff;

/// <summary>A rep's plan and the ways to look into the cards built from it.</summary>
internal static class KickoffSamples
{
    public static readonly DateOnly WorkDate = new(2026, 11, 24);

    public static KickoffPlan Plan() => new(
        new Targets(new Target(120_000_000, 160, 60), new Target(30_000_000, 40, 15), new Target(123_456, 8, 3)),
        [
            new PlannedVisit("Hangzhou Zhongce Tyres", new TimeOnly(9, 30), CustomerClass.A, KeyPerson.First, VisitOutcome.Close),
            new PlannedVisit("Ningbo Port Logistics", new TimeOnly(11, 0), CustomerClass.B, KeyPerson.Second, VisitOutcome.Advance),
            new PlannedVisit("Shaoxing Textiles", null, CustomerClass.New, KeyPerson.First, VisitOutcome.FirstContact),
        ],
        [
            new NewCustomerCandidate("Jiaxing Paper", true, true, true),
            new NewCustomerCandidate("Wenzhou Shoes", true, false, true),
        ]);

    public static KickoffPlan PlanWithVisits(int count) => Plan() with
    {
        Visits = Enumerable.Range(1, count)
            .Select(i => new PlannedVisit($"Customer {i}", new TimeOnly(8 + i, 0), CustomerClass.B, KeyPerson.First, VisitOutcome.Advance))
            .ToList(),
    };

    /// <summary>Every input the form may hold, from the shared id contract.</summary>
    public static HashSet<string> AllInputIds()
    {
        var ids = new HashSet<string>();
        foreach (var p in Enum.GetValues<TargetPeriod>())
            ids.UnionWith([KickoffInputs.TargetAmount(p), KickoffInputs.TargetVisits(p), KickoffInputs.TargetValidNew(p)]);
        for (var row = 1; row <= KickoffInputs.MaxVisits; row++)
            ids.UnionWith([KickoffInputs.VisitCustomer(row), KickoffInputs.VisitTime(row), KickoffInputs.VisitClass(row), KickoffInputs.VisitKeyPerson(row), KickoffInputs.VisitOutcome(row)]);
        for (var row = 1; row <= NewCustomerInputs.MaxRows; row++)
            ids.UnionWith([NewCustomerInputs.Name(row), NewCustomerInputs.Need(row), NewCustomerInputs.Budget(row), NewCustomerInputs.Payer(row)]);
        return ids;
    }

    public static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(element),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
        _ => [],
    };

    public static Dictionary<string, JsonElement> Inputs(JsonElement card) => Objects(card)
        .Where(o => o.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal))
        .ToDictionary(o => o.GetProperty("id").GetString()!);

    public static string? ValueOf(JsonElement input) =>
        input.TryGetProperty("value", out var v) ? v.ValueKind == JsonValueKind.Number ? v.GetRawText() : v.GetString() : null;

    /// <summary>Every string the card shows (texts, fact titles and values, button titles, choice titles, labels).</summary>
    public static List<string> Words(JsonElement card) => Objects(card)
        .SelectMany(o => o.EnumerateObject())
        .Where(p => p.Name is "text" or "title" or "value" or "label" or "placeholder" && p.Value.ValueKind == JsonValueKind.String)
        .Select(p => p.Value.GetString()!)
        .ToList();

    /// <summary>Valid against the 1.5 schema and small enough for a Teams message.</summary>
    public static JsonElement AssertValidCard(AdaptiveCard card, string test)
    {
        var json = CardJson.ToJsonElement(card);
        AdaptiveCardSchema.AssertValid(json, test);
        var size = CardJson.Utf8Size(card);
        Assert.True(size <= CardJson.MaxCardBytes, $"{test}: the card is {size} bytes, over {CardJson.MaxCardBytes}");
        return json;
    }
}
