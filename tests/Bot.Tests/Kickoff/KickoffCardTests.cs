using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Resources;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Forms;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Kickoff;

public class KickoffCardTests
{
    private static readonly Dictionary<string, string> Typed = new()
    {
        [KickoffInputs.TargetAmount(TargetPeriod.Month)] = "1200000",
        [KickoffInputs.TargetVisits(TargetPeriod.Day)] = "8",
        [KickoffInputs.TargetValidNew(TargetPeriod.Day)] = "2.5",
        [KickoffInputs.VisitCustomer(1)] = "Hangzhou Zhongce Tyres",
        [KickoffInputs.VisitTime(1)] = "09:30",
        [KickoffInputs.VisitClass(1)] = "A",
        [KickoffInputs.VisitKeyPerson(1)] = "first",
        [KickoffInputs.VisitOutcome(1)] = "close",
        [KickoffInputs.VisitTime(2)] = "10:00",
        [KickoffInputs.VisitClass(2)] = "B",
        [NewCustomerInputs.Name(1)] = "Jiaxing Paper",
        [NewCustomerInputs.Need(1)] = "true",
        [NewCustomerInputs.Budget(1)] = "false",
        [NewCustomerInputs.Payer(1)] = "true",
    };

    private static readonly FieldProblem[] TypedProblems =
    [
        new(KickoffInputs.TargetValidNew(TargetPeriod.Day), FieldProblemKind.NotAWholeNumber),
        new(KickoffInputs.VisitCustomer(2), FieldProblemKind.Incomplete),
    ];

    private static KickoffFormView Empty => new(WorkDate, "CNY", VisitStandard.Default, new Dictionary<string, string>());

    /// <summary>The plan as Core writes it into the form, to reopen it.</summary>
    private static IReadOnlyDictionary<string, string> Written(KickoffPlan plan) => KickoffForm.Values(plan, KickoffLimits.For("CNY"));

    /// <summary>Month and week carried, visits and new customers drafted, no day target yet.</summary>
    private static KickoffFormView Prefilled => Empty with
    {
        Values = Written(Plan())
            .Where(kv => kv.Key != KickoffInputs.TargetAmount(TargetPeriod.Day) && kv.Key != KickoffInputs.TargetVisits(TargetPeriod.Day) && kv.Key != KickoffInputs.TargetValidNew(TargetPeriod.Day))
            .ToDictionary(),
    };

    private static KickoffFormView WithErrors => Empty with { Values = Typed, Problems = TypedProblems };

    public static TheoryData<string, string> Variants() => new()
    {
        { "en-US", "empty" }, { "en-US", "prefilled" }, { "en-US", "errors" }, { "en-US", "edit" }, { "en-US", "eight" },
        { "zh-CN", "empty" }, { "zh-CN", "prefilled" }, { "zh-CN", "errors" }, { "zh-CN", "edit" }, { "zh-CN", "eight" },
    };

    private static KickoffFormView Variant(string name) => name switch
    {
        "empty" => Empty,
        "prefilled" => Prefilled,
        "errors" => WithErrors,
        "edit" => Empty with { Values = Written(Plan()), IsEdit = true },
        _ => Empty with { Values = Written(PlanWithVisits(KickoffInputs.MaxVisits)) },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_variant_is_a_valid_card_within_the_size_limit(string locale, string variant)
    {
        var card = KickoffCard.Build(Texts.For(locale), Variant(variant));

        AssertValidCard(card, $"Kickoff_{variant}_{locale}");
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_input_id_comes_from_KickoffInputs_and_every_one_is_on_the_card(string locale, string variant)
    {
        var json = CardJson.ToJsonElement(KickoffCard.Build(Texts.For(locale), Variant(variant)));

        // All of them, visits 5–8 included: hidden inputs are still submitted.
        Assert.Equal(AllInputIds().Order(), Inputs(json).Keys.Order());
    }

    [Fact]
    public void Customer_names_are_in_customer_ids_and_amounts_in_amount_ids()
    {
        var inputs = Inputs(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, Empty)));

        // The only free text on the card is customer names.
        var texts = inputs.Where(i => i.Value.GetProperty("type").GetString() == "Input.Text").Select(i => i.Key).ToList();
        Assert.Equal(KickoffInputs.MaxVisits + NewCustomerInputs.MaxRows, texts.Count);
        Assert.All(texts, id => Assert.Contains("customer", id));

        var amounts = inputs.Where(i => i.Value.TryGetProperty("label", out var l) && l.GetString()!.StartsWith("Signed", StringComparison.Ordinal)).Select(i => i.Key).ToList();
        Assert.Equal(3, amounts.Count);
        Assert.All(amounts, id => Assert.Contains("amount", id));
        Assert.All(inputs.Keys.Except(amounts), id => Assert.DoesNotContain("amount", id));
    }

    [Fact]
    public void The_form_is_prefilled_from_the_draft()
    {
        var inputs = Inputs(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, Prefilled)));

        Assert.Equal("1200000", ValueOf(inputs[KickoffInputs.TargetAmount(TargetPeriod.Month)])); // 120,000,000 fen
        Assert.Equal("40", ValueOf(inputs[KickoffInputs.TargetVisits(TargetPeriod.Week)]));
        Assert.Null(ValueOf(inputs[KickoffInputs.TargetVisits(TargetPeriod.Day)])); // no day target in the draft
        Assert.Equal("Ningbo Port Logistics", ValueOf(inputs[KickoffInputs.VisitCustomer(2)]));
        Assert.Equal("11:00", ValueOf(inputs[KickoffInputs.VisitTime(2)]));
        Assert.Equal("B", ValueOf(inputs[KickoffInputs.VisitClass(2)]));
        Assert.Equal("second", ValueOf(inputs[KickoffInputs.VisitKeyPerson(2)]));
        Assert.Equal("advance", ValueOf(inputs[KickoffInputs.VisitOutcome(2)]));
        Assert.Null(ValueOf(inputs[KickoffInputs.VisitTime(3)]));
        Assert.Equal("first", ValueOf(inputs[KickoffInputs.VisitOutcome(3)]));
        Assert.Equal("Wenzhou Shoes", ValueOf(inputs[NewCustomerInputs.Name(2)]));
        Assert.Equal("true", ValueOf(inputs[NewCustomerInputs.Need(2)]));
        Assert.NotEqual("true", ValueOf(inputs[NewCustomerInputs.Budget(2)]));
        // Untouched rows submit nothing: no default class, key person or outcome.
        Assert.Null(ValueOf(inputs[KickoffInputs.VisitClass(4)]));
        Assert.Null(ValueOf(inputs[KickoffInputs.VisitOutcome(8)]));
    }

    [Fact]
    public void The_choices_submit_the_agreed_values()
    {
        var inputs = Inputs(CardJson.ToJsonElement(KickoffCard.Build(Texts.Chinese, Empty)));

        string[] Values(string id) => inputs[id].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()!).ToArray();
        Assert.Equal(["A", "B", "C", "New"], Values(KickoffInputs.VisitClass(5)));
        Assert.Equal(["first", "second"], Values(KickoffInputs.VisitKeyPerson(5)));
        Assert.Equal(["close", "advance", "first"], Values(KickoffInputs.VisitOutcome(5)));
        Assert.All(new[] { KickoffInputs.VisitClass(1), KickoffInputs.VisitKeyPerson(1), KickoffInputs.VisitOutcome(1) },
            id => Assert.Equal("compact", inputs[id].GetProperty("style").GetString()));
    }

    [Fact]
    public void Visits_five_to_eight_are_hidden_behind_a_toggle_until_they_hold_something()
    {
        var empty = CardJson.ToJsonElement(KickoffCard.Build(Texts.English, Empty));
        var more = MoreVisits(empty);
        Assert.False(more.GetProperty("isVisible").GetBoolean());
        var toggle = Objects(empty).Single(o => o.TryGetProperty("type", out var t) && t.GetString() == "Action.ToggleVisibility");
        Assert.Equal([KickoffCard.MoreVisitsId], toggle.GetProperty("targetElements").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(KickoffInputs.VisitCustomer(5), Inputs(more).Keys);
        Assert.DoesNotContain(KickoffInputs.VisitCustomer(4), Inputs(more).Keys);

        var six = CardJson.ToJsonElement(KickoffCard.Build(Texts.English, Empty with { Values = Written(PlanWithVisits(6)) }));
        Assert.False(MoreVisits(six).TryGetProperty("isVisible", out _));
        Assert.Equal("Customer 6", ValueOf(Inputs(six)[KickoffInputs.VisitCustomer(6)]));

        var problemInRowSeven = Empty with { Problems = [new(KickoffInputs.VisitTime(7), FieldProblemKind.NotATime)] };
        Assert.False(MoreVisits(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, problemInRowSeven))).TryGetProperty("isVisible", out _));
    }

    [Theory]
    [InlineData("en-US", "2 things to fix", "Enter a whole number")]
    [InlineData("zh-CN", "2 处需要修改", "请填写整数")]
    public void A_rejected_submit_keeps_what_was_typed_and_marks_exactly_the_inputs_with_problems(string locale, string summary, string wholeNumber)
    {
        var json = CardJson.ToJsonElement(KickoffCard.Build(Texts.For(locale), WithErrors));
        var inputs = Inputs(json);

        // What the rep typed, as sent.
        Assert.Equal("1200000", ValueOf(inputs[KickoffInputs.TargetAmount(TargetPeriod.Month)]));
        Assert.Equal("2.5", ValueOf(inputs[KickoffInputs.TargetValidNew(TargetPeriod.Day)]));
        Assert.Equal("Hangzhou Zhongce Tyres", ValueOf(inputs[KickoffInputs.VisitCustomer(1)]));
        Assert.Equal("10:00", ValueOf(inputs[KickoffInputs.VisitTime(2)]));
        Assert.Equal("B", ValueOf(inputs[KickoffInputs.VisitClass(2)]));
        Assert.Equal("Jiaxing Paper", ValueOf(inputs[NewCustomerInputs.Name(1)]));
        Assert.Equal("true", ValueOf(inputs[NewCustomerInputs.Payer(1)]));
        Assert.NotEqual("true", ValueOf(inputs[NewCustomerInputs.Budget(1)]));
        Assert.Null(ValueOf(inputs[KickoffInputs.TargetVisits(TargetPeriod.Week)]));
        Assert.Null(ValueOf(inputs[KickoffInputs.VisitCustomer(3)]));

        var marked = inputs.Where(i => i.Value.TryGetProperty("errorMessage", out _)).ToDictionary(i => i.Key, i => i.Value.GetProperty("errorMessage").GetString());
        // Required inputs carry the client's own "Required" message too; the problems are marked with theirs.
        var required = KickoffForm.Required(CarriedTargets.None);
        var problems = TypedProblems.Select(p => p.InputId).ToHashSet();
        Assert.Equal(problems.Order(), marked.Keys.Where(id => problems.Contains(id) || !required.Contains(id)).Order());
        Assert.All(required.Except(problems), id => Assert.Equal(Texts.For(locale)["Kickoff_Problem_Required"], marked[id]));
        Assert.Equal(wholeNumber, marked[KickoffInputs.TargetValidNew(TargetPeriod.Day)]);

        var words = Words(json);
        Assert.Contains(summary, words);
        // Shown, not only set: clients display errorMessage only after their own validation fails.
        Assert.Contains(wholeNumber, words);
        Assert.Contains(words, w => w.Contains(wholeNumber) && w.StartsWith('•'));
    }

    [Fact]
    public void One_problem_reads_in_the_singular()
    {
        var form = Empty with { Problems = [new(KickoffInputs.VisitCustomer(1), FieldProblemKind.Required)] };

        Assert.Contains("1 thing to fix", Words(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, form))));
    }

    [Fact]
    public void The_standard_comes_from_the_team_setting_and_a_plan_is_counted_against_it()
    {
        var lowered = new VisitStandard(6, 3, 2, 1, 1, 2, 2);

        var empty = Words(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, Empty with { Standard = lowered })));
        Assert.Contains("6 visits a day: 3 new, 2 follow-up, 1 closing", empty);
        Assert.Contains("1 A, 2 B/C, 2 valid new", empty);
        Assert.DoesNotContain("Plan vs standard", empty);

        var planned = Words(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, Prefilled with { Standard = lowered })));
        Assert.Contains("Plan vs standard", planned);
        Assert.Contains("3 of 6 · 3 short", planned); // three visits planned
        Assert.Contains("1 of 1 ✓", planned); // the A customer, and the one closing visit
        Assert.Contains("1 of 2 · 1 short", planned); // one valid new customer of two named
    }

    [Fact]
    public void Submitting_sends_the_verb_and_the_work_date_as_Execute_with_a_Submit_fallback()
    {
        var json = CardJson.ToJsonElement(KickoffCard.Build(Texts.English, Empty));

        var submit = json.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("Action.Execute", submit.GetProperty("type").GetString());
        Assert.Equal(KickoffCard.SubmitVerb, submit.GetProperty("verb").GetString());
        Assert.Equal("2026-11-24", submit.GetProperty("data").GetProperty("workDate").GetString());
        var fallback = submit.GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
        Assert.Equal(KickoffCard.SubmitVerb, fallback.GetProperty("data").GetProperty("verb").GetString());
        Assert.Equal("2026-11-24", fallback.GetProperty("data").GetProperty("workDate").GetString());

        var edit = CardJson.ToJsonElement(KickoffCard.Build(Texts.English, Empty with { IsEdit = true }));
        Assert.Equal("Save changes", edit.GetProperty("actions")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void The_chinese_form_speaks_chinese()
    {
        var words = string.Join("\n", Words(CardJson.ToJsonElement(KickoffCard.Build(Texts.Chinese, Prefilled))));

        foreach (var word in new[] { "早启动", "目标", "月", "周", "日", "签单额（元）", "拜访", "有效新客户", "第一KP", "第二KP", "签单", "推进", "初次拜访", "标准", "有需求", "有预算", "买单人", "11月24日" })
            Assert.Contains(word, words);
    }

    [Fact]
    public void A_first_plan_asks_for_todays_targets_and_keeps_week_and_month_one_tap_away()
    {
        var first = Empty with { Carried = CarriedTargets.FirstPlan };
        var json = AssertValidCard(KickoffCard.Build(Texts.English, first), "Kickoff_first_plan");
        var inputs = Inputs(json);

        var later = Objects(json).Single(o => o.TryGetProperty("id", out var id) && id.GetString() == KickoffCard.LaterTargetsId);
        Assert.False(later.GetProperty("isVisible").GetBoolean());
        Assert.Equal(6, Inputs(later).Count);
        Assert.Contains("Week and month targets (optional today)", Words(json));
        Assert.Contains("Your first kickoff: today's targets are enough. Add month and week when you know them.", Words(json));
        // Required: today's three, and nothing the rep cannot see.
        Assert.Equal(
            [KickoffInputs.TargetAmount(TargetPeriod.Day), KickoffInputs.TargetValidNew(TargetPeriod.Day), KickoffInputs.TargetVisits(TargetPeriod.Day)],
            inputs.Where(i => i.Value.TryGetProperty("isRequired", out var r) && r.GetBoolean()).Select(i => i.Key).Order());
        Assert.All(KickoffForm.Required(CarriedTargets.FirstPlan), id => Assert.Equal("Required", inputs[id].GetProperty("errorMessage").GetString()));

        // Typed into (or refused on) a first plan, week and month show.
        var typed = first with { Values = new Dictionary<string, string> { [KickoffInputs.TargetVisits(TargetPeriod.Week)] = "40" } };
        Assert.DoesNotContain(Objects(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, typed))), o => o.TryGetProperty("id", out var id) && id.GetString() == KickoffCard.LaterTargetsId);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void Required_fields_are_the_ones_core_refuses_blank(string locale)
    {
        var carried = Empty with { Carried = new CarriedTargets(Plan().Targets.Month, null) };

        var inputs = Inputs(CardJson.ToJsonElement(KickoffCard.Build(Texts.For(locale), carried)));

        var required = inputs.Where(i => i.Value.TryGetProperty("isRequired", out var r) && r.GetBoolean()).Select(i => i.Key).Order();
        Assert.Equal(KickoffForm.Required(carried.Carried).Order(), required);
        Assert.Contains(KickoffInputs.TargetVisits(TargetPeriod.Week), required); // nothing carries for the week
        Assert.DoesNotContain(KickoffInputs.TargetVisits(TargetPeriod.Month), required);
        Assert.All(required, id => Assert.True(inputs[id].TryGetProperty("label", out _))); // the client stars the label
    }

    [Fact]
    public void The_standard_leads_and_the_first_key_person_is_spelled_out_once()
    {
        var words = Words(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, Prefilled)));

        Assert.True(words.IndexOf("What today must hold") < words.IndexOf("Targets"));
        Assert.Single(words, w => w.Contains("1st KP (first key person)", StringComparison.Ordinal));
        var zh = Words(CardJson.ToJsonElement(KickoffCard.Build(Texts.Chinese, Prefilled)));
        Assert.Single(zh, w => w.Contains("第一KP是拍板签单的人", StringComparison.Ordinal));
    }

    /// <summary>1,500 in the currency's major unit, in its minor units: none for JPY, two digits for CNY.</summary>
    public static TheoryData<string, long> FifteenHundred() => new() { { "JPY", 1_500 }, { "CNY", 150_000 } };

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public void Carried_and_reopened_targets_show_in_the_teams_currency(string currency, long minor)
    {
        var limits = KickoffLimits.For(currency);
        var target = new Target(minor, 8, 3);
        var carried = Empty with { CurrencyCode = currency, Values = KickoffForm.Prefill(new CarriedTargets(target, target with { SignedAmountMinor = minor * 2 }), [], limits) };
        var reopened = carried with { Values = KickoffForm.Values(Plan() with { Targets = new Targets(target, target, target with { SignedAmountMinor = minor * 3 }) }, limits), IsEdit = true };

        var carriedInputs = Inputs(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, carried)));
        var reopenedInputs = Inputs(CardJson.ToJsonElement(KickoffCard.Build(Texts.English, reopened)));

        Assert.Equal("1500", ValueOf(carriedInputs[KickoffInputs.TargetAmount(TargetPeriod.Month)]));
        Assert.Equal("3000", ValueOf(carriedInputs[KickoffInputs.TargetAmount(TargetPeriod.Week)]));
        Assert.Equal($"Signed ({currency})", carriedInputs[KickoffInputs.TargetAmount(TargetPeriod.Month)].GetProperty("label").GetString());
        Assert.Equal("4500", ValueOf(reopenedInputs[KickoffInputs.TargetAmount(TargetPeriod.Day)]));
    }

    private static JsonElement MoreVisits(JsonElement card) =>
        Objects(card).Single(o => o.TryGetProperty("id", out var id) && id.GetString() == KickoffCard.MoreVisitsId);
}
