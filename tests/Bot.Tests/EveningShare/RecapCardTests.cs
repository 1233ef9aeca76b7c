using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Forms;
using static IronArmy.Bot.Tests.EveningShare.RecapSamples;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;
using IronArmy.Bot.Tests.Forms;

namespace IronArmy.Bot.Tests.EveningShare;

public class RecapCardTests
{
    /// <summary>18:30: the morning's plan and its candidate new customers, as the bot pre-fills them.</summary>
    private static RecapFormView Fresh => new(WorkDate, "CNY", Planned, RecapForm.Prefill(Planned, Plan().NewCustomers));

    /// <summary>A saved recap as Core writes it into the form, to reopen it.</summary>
    private static IReadOnlyDictionary<string, string> Written(Recap recap) => RecapForm.Values(recap, RecapLimits.For("CNY"));

    private static readonly Dictionary<string, string> Typed = new()
    {
        [RecapInputs.PlannedDone(1)] = "true",
        [RecapInputs.PlannedClass(1)] = "signed",
        [RecapInputs.PlannedAmount(1)] = "0",
        [RecapInputs.PlannedDone(2)] = "false",
        [RecapInputs.PlannedClass(2)] = "A",
        [RecapInputs.UnplannedType(4)] = "new",
        [RecapInputs.VentText] = "Rough day at the port.",
        [RecapInputs.VentVisibility] = "named",
        [RecapInputs.TomorrowCustomer(1)] = "Jinhua Hardware",
    };

    private static readonly FieldProblem[] TypedProblems =
    [
        new(RecapInputs.PlannedAmount(1), FieldProblemKind.OutOfRange),
        new(RecapInputs.PlannedDone(2), FieldProblemKind.Incomplete),
        new(RecapInputs.UnplannedCustomer(4), FieldProblemKind.Incomplete),
    ];

    /// <summary>Every row filled and every text at its longest: the biggest card a rep can get.</summary>
    private static RecapFormView Full()
    {
        var plan = PlanWithVisits(KickoffInputs.MaxVisits).Visits;
        var text = Long("Vent", RecapLimits.TextLength);
        var recap = new Recap(
            plan.Select(v => new PlannedVisitResult(v.Customer, true, true, ClassAfter.Signed, 123_456_789)).ToList(),
            Enumerable.Range(1, RecapInputs.MaxUnplannedVisits).Select(i => new UnplannedVisit(Long($"Unplanned {i}", 60), VisitType.FollowUp, ClassAfter.B, true, 0)).ToList(),
            Enumerable.Range(1, NewCustomerInputs.MaxRows).Select(i => new NewCustomerCandidate(Long($"New {i}", 60), true, true, true)).ToList(),
            new Vent(text, VentVisibility.TeamNamed), new Win(text, WinVisibility.Team), new HelpRequest(Long("Help", 60), text),
            Enumerable.Range(1, RecapInputs.MaxTomorrow).Select(i => Long($"Tomorrow {i}", 60)).ToList());
        return new RecapFormView(WorkDate, "CNY", plan, Written(recap)) { IsEdit = true };
    }

    public static TheoryData<string, string> Variants() => new()
    {
        { "en-US", "fresh" }, { "en-US", "errors" }, { "en-US", "edit" }, { "en-US", "full" }, { "en-US", "noplan" },
        { "zh-CN", "fresh" }, { "zh-CN", "errors" }, { "zh-CN", "edit" }, { "zh-CN", "full" }, { "zh-CN", "noplan" },
    };

    private static RecapFormView Variant(string name) => name switch
    {
        "fresh" => Fresh,
        "errors" => Fresh with { Values = Typed, Problems = TypedProblems },
        "edit" => Fresh with { Values = Written(Recap()), IsEdit = true },
        "full" => Full(),
        _ => new RecapFormView(WorkDate, "CNY", [], RecapForm.Prefill([])),
    };

    private static HashSet<string> AllInputIds(int planned)
    {
        var ids = new HashSet<string>();
        for (var row = 1; row <= planned; row++)
            ids.UnionWith([RecapInputs.PlannedDone(row), RecapInputs.PlannedKeyPerson(row), RecapInputs.PlannedClass(row), RecapInputs.PlannedAmount(row)]);
        for (var row = 1; row <= RecapInputs.MaxUnplannedVisits; row++)
            ids.UnionWith([RecapInputs.UnplannedCustomer(row), RecapInputs.UnplannedType(row), RecapInputs.UnplannedClass(row), RecapInputs.UnplannedKeyPerson(row), RecapInputs.UnplannedAmount(row)]);
        for (var row = 1; row <= NewCustomerInputs.MaxRows; row++)
            ids.UnionWith([NewCustomerInputs.Name(row), NewCustomerInputs.Need(row), NewCustomerInputs.Budget(row), NewCustomerInputs.Payer(row)]);
        ids.UnionWith([RecapInputs.VentText, RecapInputs.VentVisibility, RecapInputs.WinText, RecapInputs.WinVisibility, RecapInputs.HelpCustomer, RecapInputs.HelpStuck]);
        for (var row = 1; row <= RecapInputs.MaxTomorrow; row++) ids.Add(RecapInputs.TomorrowCustomer(row));
        return ids;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_variant_is_a_valid_card_within_the_size_limit(string locale, string variant) =>
        AssertValidCard(RecapCard.Build(Texts.For(locale), Variant(variant)), $"Recap_{variant}_{locale}");

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_input_id_comes_from_RecapInputs_and_every_one_is_on_the_card(string locale, string variant)
    {
        var form = Variant(variant);
        var json = CardJson.ToJsonElement(RecapCard.Build(Texts.For(locale), form));

        Assert.Equal(AllInputIds(form.Plan.Count).Order(), Inputs(json).Keys.Order());
    }

    [Fact]
    public void A_fresh_card_takes_the_plan_as_kept_and_keeps_the_vent_and_win_private()
    {
        var inputs = Inputs(CardJson.ToJsonElement(RecapCard.Build(Texts.English, Fresh)));

        Assert.All(Enumerable.Range(1, Planned.Count), row => Assert.Equal("true", ValueOf(inputs[RecapInputs.PlannedDone(row)])));
        // Zhongce A with the first KP, Ningbo Port B with a second, Shaoxing a New customer to class.
        Assert.Equal(["A", "B", null], Enumerable.Range(1, Planned.Count).Select(row => ValueOf(inputs[RecapInputs.PlannedClass(row)])));
        Assert.Equal(["true", null, "true"], Enumerable.Range(1, Planned.Count).Select(row => ValueOf(inputs[RecapInputs.PlannedKeyPerson(row)])));
        // The morning's candidates, with the tests as judged then.
        Assert.Equal("Jiaxing Paper", ValueOf(inputs[NewCustomerInputs.Name(1)]));
        Assert.Equal("Wenzhou Shoes", ValueOf(inputs[NewCustomerInputs.Name(2)]));
        Assert.Equal([null, "true", null, "true"],
            new[] { NewCustomerInputs.Name(3), NewCustomerInputs.Need(2), NewCustomerInputs.Budget(2), NewCustomerInputs.Payer(2) }.Select(id => ValueOf(inputs[id])));
        Assert.Equal(RecapChoices.Of(VentVisibility.ManagerOnly), ValueOf(inputs[RecapInputs.VentVisibility]));
        Assert.Equal(RecapChoices.Of(WinVisibility.ManagerOnly), ValueOf(inputs[RecapInputs.WinVisibility]));
        Assert.True(inputs[RecapInputs.VentText].GetProperty("isMultiline").GetBoolean());
    }

    [Fact]
    public void The_choices_submit_the_agreed_values()
    {
        var inputs = Inputs(CardJson.ToJsonElement(RecapCard.Build(Texts.Chinese, Fresh)));

        string[] Values(string id) => inputs[id].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()!).ToArray();
        Assert.Equal(Enum.GetValues<ClassAfter>().Select(RecapChoices.Of), Values(RecapInputs.PlannedClass(1)));
        Assert.Equal(Enum.GetValues<ClassAfter>().Select(RecapChoices.Of), Values(RecapInputs.UnplannedClass(8)));
        Assert.Equal(Enum.GetValues<VisitType>().Select(RecapChoices.Of), Values(RecapInputs.UnplannedType(1)));
        Assert.Equal(Enum.GetValues<VentVisibility>().Select(RecapChoices.Of), Values(RecapInputs.VentVisibility));
        Assert.Equal(Enum.GetValues<WinVisibility>().Select(RecapChoices.Of), Values(RecapInputs.WinVisibility));
    }

    [Fact]
    public void A_saved_recap_read_back_from_the_card_is_the_same_recap()
    {
        var recap = Recap();
        var inputs = Inputs(CardJson.ToJsonElement(RecapCard.Build(Texts.English, Fresh with { Values = Written(recap), IsEdit = true })));
        var sent = inputs.ToDictionary(i => i.Key, i => ValueOf(i.Value));

        var read = RecapForm.Read(sent, RecapLimits.For("CNY"), Planned);

        Assert.True(read.IsValid, string.Join(", ", read.Problems));
        Assert.Equal(RecapForm.Values(recap, RecapLimits.For("CNY")), RecapForm.Values(read.Value, RecapLimits.For("CNY")));
    }

    [Theory]
    [InlineData("en-US", "3 things to fix", "Tick the visit, or clear its details")]
    [InlineData("zh-CN", "3 处需要修改", "请勾选这次拜访，或清空它的内容")]
    public void A_rejected_submit_keeps_what_was_typed_and_marks_exactly_the_inputs_with_problems(string locale, string summary, string notDone)
    {
        var t = Texts.For(locale);
        var json = CardJson.ToJsonElement(RecapCard.Build(t, Variant("errors")));
        var inputs = Inputs(json);

        Assert.All(Typed, kv => Assert.Equal(kv.Value == "false" ? null : kv.Value, ValueOf(inputs[kv.Key])));
        Assert.Equal(TypedProblems.Select(p => p.InputId).Order(), inputs.Where(i => i.Value.TryGetProperty("errorMessage", out _)).Select(i => i.Key).Order());
        Assert.Equal(notDone, inputs[RecapInputs.PlannedDone(2)].GetProperty("errorMessage").GetString());
        var words = Words(json);
        Assert.Contains(summary, words);
        // The summary names the planned visit by its customer.
        Assert.Contains(words, w => w.Contains("Ningbo Port Logistics", StringComparison.Ordinal) && w.Contains(notDone, StringComparison.Ordinal));
        // A problem in a row shows it, and the rows above it: none of them is hidden.
        Assert.All(Enumerable.Range(1, 4), row => Assert.Null(Element(json, RecapCard.RowId(RecapCard.UnplannedList, row))));
        Assert.False(Element(json, RecapCard.RowId(RecapCard.UnplannedList, 5))!.Value.GetProperty("isVisible").GetBoolean());
        Assert.False(Element(json, RecapCard.AddId(RecapCard.UnplannedList, 5))!.Value.TryGetProperty("isVisible", out _));
    }

    [Fact]
    public void Unused_rows_stay_hidden_each_behind_one_tap_until_they_hold_something()
    {
        var json = CardJson.ToJsonElement(RecapCard.Build(Texts.English, Fresh));

        // No extra visit and nothing for tomorrow yet: every row hidden, only the first "add" shown.
        foreach (var (list, max) in new[] { (RecapCard.UnplannedList, RecapInputs.MaxUnplannedVisits), (RecapCard.TomorrowList, RecapInputs.MaxTomorrow) })
        {
            for (var row = 1; row <= max; row++)
            {
                Assert.False(Element(json, RecapCard.RowId(list, row))!.Value.GetProperty("isVisible").GetBoolean());
                var add = Element(json, RecapCard.AddId(list, row))!.Value;
                Assert.Equal(row > 1, add.TryGetProperty("isVisible", out _));
                // One tap shows the row and moves the button below it.
                string[] reveals = row < max ? [RecapCard.RowId(list, row), RecapCard.AddId(list, row), RecapCard.AddId(list, row + 1)] : [RecapCard.RowId(list, row), RecapCard.AddId(list, row)];
                Assert.Equal(reveals, add.GetProperty("actions")[0].GetProperty("targetElements").EnumerateArray().Select(e => e.GetString()));
            }
        }

        Assert.Contains(RecapInputs.UnplannedCustomer(1), Inputs(Element(json, RecapCard.RowId(RecapCard.UnplannedList, 1))!.Value).Keys);
        // The morning's two candidates shown, the third row one tap away.
        Assert.Null(Element(json, RecapCard.RowId(RecapCard.NewCustomerList, 2)));
        Assert.False(Element(json, RecapCard.RowId(RecapCard.NewCustomerList, 3))!.Value.GetProperty("isVisible").GetBoolean());

        var full = CardJson.ToJsonElement(RecapCard.Build(Texts.English, Full()));
        Assert.DoesNotContain(Objects(full), o => o.TryGetProperty("isVisible", out _));
    }

    [Fact]
    public void After_a_refused_submit_untouched_rows_stay_hidden()
    {
        var t = Texts.English;
        // The whole card sent as a client sends it (every toggle, off ones included), a visit's class cleared.
        var sent = Sent.From(CardJson.ToJsonElement(RecapCard.Build(t, Fresh)), new Dictionary<string, string> { [RecapInputs.PlannedClass(2)] = "" });
        var read = RecapForm.Read(sent, RecapLimits.For("CNY"), Planned);
        Assert.Equal([RecapInputs.PlannedClass(2), RecapInputs.PlannedClass(3)], read.Problems.Select(p => p.InputId));

        var json = CardJson.ToJsonElement(RecapCard.Build(t, Fresh with { Values = IronArmy.Bot.Conversations.CardData.Entered(sent), Problems = read.Problems }));

        Assert.False(Element(json, RecapCard.AddId(RecapCard.UnplannedList, 1))!.Value.TryGetProperty("isVisible", out _));
        Assert.False(Element(json, RecapCard.AddId(RecapCard.TomorrowList, 1))!.Value.TryGetProperty("isVisible", out _));
        Assert.False(Element(json, RecapCard.RowId(RecapCard.NewCustomerList, 3))!.Value.GetProperty("isVisible").GetBoolean());
    }

    [Fact]
    public void A_planned_visit_is_ticked_by_its_own_line()
    {
        var inputs = Inputs(CardJson.ToJsonElement(RecapCard.Build(Texts.English, Fresh)));

        Assert.Equal("Hangzhou Zhongce Tyres · 09:30 · A", inputs[RecapInputs.PlannedDone(1)].GetProperty("title").GetString());
        Assert.Equal("Shaoxing Textiles · New", inputs[RecapInputs.PlannedDone(3)].GetProperty("title").GetString());
        Assert.Equal("Signed (CNY)", inputs[RecapInputs.PlannedAmount(1)].GetProperty("placeholder").GetString());
    }

    private static JsonElement? Element(JsonElement card, string id) =>
        Objects(card).Where(o => o.TryGetProperty("id", out var i) && i.GetString() == id).Select(o => (JsonElement?)o).SingleOrDefault();

    [Theory]
    [InlineData("en-US", "Share", false)]
    [InlineData("zh-CN", "提交分享", true)]
    public void Submits_with_the_verb_the_work_date_and_the_language(string locale, string title, bool chinese)
    {
        var json = CardJson.ToJsonElement(RecapCard.Build(Texts.For(locale), Fresh));

        var action = json.GetProperty("actions")[0];
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal(RecapCard.SubmitVerb, action.GetProperty("verb").GetString());
        Assert.Equal("recap.submit", RecapCard.SubmitVerb);
        Assert.Equal(title, action.GetProperty("title").GetString());
        Assert.Equal("2026-11-24", action.GetProperty("data").GetProperty("workDate").GetString());
        Assert.Equal(locale, action.GetProperty("data").GetProperty("lang").GetString());
        Assert.True(action.TryGetProperty("fallback", out _));
        Assert.Equal(chinese, Words(json).Any(w => w.Contains("倒垃圾", StringComparison.Ordinal)));
        Assert.Equal(chinese, Words(json).Any(w => w.Contains("补充养分", StringComparison.Ordinal)));
    }

    /// <summary>1,500 in the currency's major unit, in its minor units: none for JPY, two digits for CNY.</summary>
    public static TheoryData<string, long> FifteenHundred() => new() { { "JPY", 1_500 }, { "CNY", 150_000 } };

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public void Reopened_signed_amounts_show_in_the_teams_currency(string currency, long minor)
    {
        var recap = Recap() with
        {
            Planned = [new PlannedVisitResult("Hangzhou Zhongce Tyres", true, true, ClassAfter.Signed, minor), .. Recap().Planned.Skip(1)],
            Unplanned = [new UnplannedVisit("Huzhou Silk", VisitType.Closing, ClassAfter.Signed, true, minor * 2)],
        };
        var form = new RecapFormView(WorkDate, currency, Planned, RecapForm.Values(recap, RecapLimits.For(currency))) { IsEdit = true };

        var inputs = Inputs(CardJson.ToJsonElement(RecapCard.Build(Texts.English, form)));

        Assert.Equal("1500", ValueOf(inputs[RecapInputs.PlannedAmount(1)]));
        Assert.Equal("3000", ValueOf(inputs[RecapInputs.UnplannedAmount(1)]));
        // Named in the box: a planned visit's amount shares a line with the class after.
        Assert.Equal($"Signed ({currency})", inputs[RecapInputs.PlannedAmount(1)].GetProperty("placeholder").GetString());
    }
}

public class RecapCardLeanTests
{
    [Fact]
    public void A_recap_too_long_for_one_message_drops_hints_and_empty_extra_rows_but_keeps_every_value()
    {
        var t = Texts.Chinese;
        var plan = PlanWithVisits(KickoffInputs.MaxVisits).Visits;
        // Three texts of 1000 Chinese characters: 9 KB of text alone.
        var text = new string('拜', RecapLimits.TextLength);
        var recap = new Recap(
            plan.Select(v => new PlannedVisitResult(v.Customer, true, true, ClassAfter.Signed, 123_456_789)).ToList(),
            [new UnplannedVisit("湖州丝绸", VisitType.New, ClassAfter.C, true, 0)],
            [], new Vent(text, VentVisibility.TeamAnonymous), new Win(text, WinVisibility.Team), new HelpRequest(null, text), []);
        var form = new RecapFormView(WorkDate, "CNY", plan, RecapForm.Values(recap, RecapLimits.For("CNY"))) { IsEdit = true };

        var json = AssertValidCard(RecapCard.Build(t, form), "Recap_lean_zh");

        var inputs = Inputs(json);
        Assert.Equal(RecapForm.Values(recap, RecapLimits.For("CNY")).Where(kv => kv.Value != "false").OrderBy(kv => kv.Key),
            inputs.Select(i => KeyValuePair.Create(i.Key, ValueOf(i.Value))).Where(kv => kv.Value is not null).OrderBy(kv => kv.Key)!);
        Assert.DoesNotContain(t["Recap_VentHint"], Words(json));
        Assert.DoesNotContain(RecapInputs.UnplannedCustomer(2), inputs.Keys);
        Assert.Contains(RecapInputs.UnplannedCustomer(1), inputs.Keys); // the row holding a visit stays
    }
}
