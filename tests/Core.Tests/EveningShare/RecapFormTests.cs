using IronArmy.Core.EveningShare;
using IronArmy.Core.Forms;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.EveningShare;

public class RecapFormTests
{
    private static readonly RecapLimits Limits = RecapLimits.For("CNY");

    private static readonly IReadOnlyList<PlannedVisit> Plan =
    [
        new("华为", new TimeOnly(9, 30), CustomerClass.A, KeyPerson.First, VisitOutcome.Close),
        new("Acme", null, CustomerClass.B, KeyPerson.Second, VisitOutcome.Advance),
        new("Globex", null, CustomerClass.New, KeyPerson.First, VisitOutcome.FirstContact),
    ];

    /// <summary>A complete valid submit as the card sends it: all strings.</summary>
    private static Dictionary<string, string?> FullForm() => new()
    {
        [RecapInputs.PlannedDone(1)] = "true",
        [RecapInputs.PlannedKeyPerson(1)] = "true",
        [RecapInputs.PlannedClass(1)] = "signed",
        [RecapInputs.PlannedAmount(1)] = "¥12,000.50",
        [RecapInputs.PlannedDone(2)] = "true",
        [RecapInputs.PlannedKeyPerson(2)] = "false",
        [RecapInputs.PlannedClass(2)] = "a",
        [RecapInputs.PlannedAmount(2)] = "",
        [RecapInputs.PlannedDone(3)] = "false",
        [RecapInputs.PlannedKeyPerson(3)] = "false",
        [RecapInputs.PlannedClass(3)] = "",

        [RecapInputs.UnplannedCustomer(1)] = " Initech\u3000Beijing ",
        [RecapInputs.UnplannedType(1)] = "new",
        [RecapInputs.UnplannedClass(1)] = "C",
        [RecapInputs.UnplannedKeyPerson(1)] = "true",
        [RecapInputs.UnplannedAmount(1)] = "0",
        [RecapInputs.UnplannedCustomer(2)] = "",
        [RecapInputs.UnplannedType(2)] = "",
        [RecapInputs.UnplannedClass(2)] = "",

        [NewCustomerInputs.Name(1)] = "Initech Beijing",
        [NewCustomerInputs.Need(1)] = "true",
        [NewCustomerInputs.Budget(1)] = "true",
        [NewCustomerInputs.Payer(1)] = "true",
        [NewCustomerInputs.Name(2)] = "Umbrella",
        [NewCustomerInputs.Need(2)] = "true",
        [NewCustomerInputs.Budget(2)] = "false",
        [NewCustomerInputs.Payer(2)] = "true",

        [RecapInputs.VentText] = "  三个客户都说没预算。\n累了。 ",
        [RecapInputs.VentVisibility] = "anonymous",
        [RecapInputs.WinText] = "Opened with their own numbers; the price objection went away.",
        [RecapInputs.WinVisibility] = "team",
        [RecapInputs.HelpCustomer] = "Acme",
        [RecapInputs.HelpStuck] = "The second KP blocks every meeting with the boss.",

        [RecapInputs.TomorrowCustomer(1)] = "Acme",
        [RecapInputs.TomorrowCustomer(2)] = "",
        [RecapInputs.TomorrowCustomer(3)] = " Stark ",
    };

    private static Dictionary<string, string?> With(params (string Id, string? Value)[] changes)
    {
        var form = FullForm();
        foreach (var (id, value) in changes) form[id] = value;
        return form;
    }

    private static FieldProblem SingleProblem(Dictionary<string, string?> form, IReadOnlyList<PlannedVisit>? plan = null)
    {
        var result = RecapForm.Read(form, Limits, plan ?? Plan);
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void A_full_valid_form_becomes_the_recap()
    {
        var result = RecapForm.Read(FullForm(), Limits, Plan);

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
        var recap = result.Value;
        Assert.Equal(
            [
                new PlannedVisitResult("华为", true, true, ClassAfter.Signed, 1_200_050),
                new PlannedVisitResult("Acme", true, false, ClassAfter.A, 0),
                PlannedVisitResult.NotDone("Globex"),
            ],
            recap.Planned);
        Assert.Equal([new UnplannedVisit("Initech Beijing", VisitType.New, ClassAfter.C, true, 0)], recap.Unplanned);
        Assert.Equal(
            [new NewCustomerCandidate("Initech Beijing", true, true, true), new NewCustomerCandidate("Umbrella", true, false, true)],
            recap.NewCustomers);
        Assert.Equal(1, recap.ValidNewCustomers);
        Assert.Equal(new Vent("三个客户都说没预算。\n累了。", VentVisibility.TeamAnonymous), recap.Vent);
        Assert.Equal(new Win("Opened with their own numbers; the price objection went away.", WinVisibility.Team), recap.Win);
        Assert.Equal(new HelpRequest("Acme", "The second KP blocks every meeting with the boss."), recap.Help);
        Assert.Equal(["Acme", "Stark"], recap.Tomorrow);
    }

    [Fact]
    public void Planned_rows_not_sent_are_visits_not_done()
    {
        var result = RecapForm.Read(new Dictionary<string, string?>(), Limits, Plan);

        Assert.True(result.IsValid);
        Assert.Equal(Plan.Select(v => PlannedVisitResult.NotDone(v.Customer)), result.Value.Planned);
        Assert.Empty(result.Value.Unplanned);
        Assert.Empty(result.Value.NewCustomers);
        Assert.Null(result.Value.Vent);
        Assert.Null(result.Value.Win);
        Assert.Null(result.Value.Help);
        Assert.Empty(result.Value.Tomorrow);
    }

    [Fact]
    public void A_recap_without_a_morning_plan_reads_unplanned_visits_only()
    {
        var result = RecapForm.Read(FullForm().Where(kv => !kv.Key.StartsWith("planned.", StringComparison.Ordinal)).ToDictionary(), Limits, []);

        Assert.True(result.IsValid);
        Assert.Empty(result.Value.Planned);
        Assert.Single(result.Value.Unplanned);
    }

    [Fact]
    public void A_done_visit_needs_its_class_after() =>
        Assert.Equal(new FieldProblem(RecapInputs.PlannedClass(2), FieldProblemKind.Required), SingleProblem(With((RecapInputs.PlannedClass(2), " "))));

    [Theory]
    [InlineData("D")]
    [InlineData("new")]
    [InlineData("won")]
    public void An_unknown_class_after_is_refused(string value) =>
        Assert.Equal(new FieldProblem(RecapInputs.PlannedClass(2), FieldProblemKind.UnknownChoice), SingleProblem(With((RecapInputs.PlannedClass(2), value))));

    [Theory]
    [InlineData("A")]
    [InlineData("signed")]
    [InlineData("lost")]
    public void A_visit_not_done_carries_no_class(string value) =>
        Assert.Equal(new FieldProblem(RecapInputs.PlannedDone(3), FieldProblemKind.Incomplete), SingleProblem(With((RecapInputs.PlannedClass(3), value))));

    [Fact]
    public void A_visit_not_done_did_not_reach_the_first_kp() =>
        Assert.Equal(new FieldProblem(RecapInputs.PlannedDone(3), FieldProblemKind.Incomplete), SingleProblem(With((RecapInputs.PlannedKeyPerson(3), "true"))));

    [Fact]
    public void A_visit_not_done_signed_nothing() =>
        Assert.Equal(new FieldProblem(RecapInputs.PlannedDone(3), FieldProblemKind.Incomplete), SingleProblem(With((RecapInputs.PlannedAmount(3), "5000"))));

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public void A_done_toggle_is_true_or_false(string value) =>
        Assert.Equal(new FieldProblem(RecapInputs.PlannedDone(1), FieldProblemKind.UnknownChoice), SingleProblem(With((RecapInputs.PlannedDone(1), value))));

    [Theory]
    [InlineData("", FieldProblemKind.Required)]
    [InlineData("0", FieldProblemKind.OutOfRange)]
    [InlineData("-5", FieldProblemKind.OutOfRange)]
    [InlineData("lots", FieldProblemKind.NotAnAmount)]
    [InlineData("1.005", FieldProblemKind.NotAnAmount)]
    [InlineData("10000000001", FieldProblemKind.OutOfRange)]
    public void A_signing_needs_an_amount_above_zero(string amount, FieldProblemKind kind) =>
        Assert.Equal(new FieldProblem(RecapInputs.PlannedAmount(1), kind), SingleProblem(With((RecapInputs.PlannedAmount(1), amount))));

    [Theory]
    [InlineData("1.2万", 1_200_000)]
    [InlineData("１２０００", 1_200_000)]
    [InlineData("￥8,000", 800_000)]
    public void Signed_amounts_are_read_as_typed(string amount, long minor)
    {
        var result = RecapForm.Read(With((RecapInputs.PlannedAmount(1), amount)), Limits, Plan);

        Assert.True(result.IsValid);
        Assert.Equal(minor, result.Value.Planned[0].SignedAmountMinor);
    }

    [Fact]
    public void Amounts_follow_the_currencys_minor_digits()
    {
        var yen = RecapLimits.For("JPY");

        Assert.Equal(12_000, RecapForm.Read(With((RecapInputs.PlannedAmount(1), "12000")), yen, Plan).Value!.Planned[0].SignedAmountMinor);
        Assert.Equal(
            new FieldProblem(RecapInputs.PlannedAmount(1), FieldProblemKind.NotAnAmount),
            Assert.Single(RecapForm.Read(With((RecapInputs.PlannedAmount(1), "12000.5")), yen, Plan).Problems));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("lost")]
    [InlineData("")]
    public void An_amount_means_the_visit_signed_whatever_class_was_left(string classAfter)
    {
        var result = RecapForm.Read(With((RecapInputs.PlannedClass(2), classAfter), (RecapInputs.PlannedAmount(2), "3000")), Limits, Plan);

        Assert.True(result.IsValid, string.Join(", ", result.Problems));
        Assert.Equal(new PlannedVisitResult("Acme", true, false, ClassAfter.Signed, 300_000), result.Value.Planned[1]);
    }

    [Fact]
    public void An_amount_signs_an_unplanned_visit_too()
    {
        var result = RecapForm.Read(With((RecapInputs.UnplannedClass(1), ""), (RecapInputs.UnplannedAmount(1), "1.5万")), Limits, Plan);

        Assert.True(result.IsValid, string.Join(", ", result.Problems));
        Assert.Equal(ClassAfter.Signed, result.Value.Unplanned[0].After);
        Assert.Equal(1_500_000, result.Value.Unplanned[0].SignedAmountMinor);
    }

    [Fact]
    public void An_amount_that_does_not_read_signs_nothing() =>
        Assert.Equal(new FieldProblem(RecapInputs.PlannedAmount(2), FieldProblemKind.NotAnAmount), SingleProblem(With((RecapInputs.PlannedAmount(2), "3,000,00"))));

    [Fact]
    public void A_zero_amount_on_a_visit_that_did_not_sign_is_no_amount()
    {
        var result = RecapForm.Read(With((RecapInputs.PlannedAmount(2), "0.00")), Limits, Plan);

        Assert.True(result.IsValid);
        Assert.Equal(0, result.Value.Planned[1].SignedAmountMinor);
    }

    [Fact]
    public void Planned_rows_beyond_the_plan_mean_the_card_is_stale() =>
        Assert.Equal(
            new FieldProblem(RecapInputs.PlannedDone(4), FieldProblemKind.OutOfRange),
            SingleProblem(With((RecapInputs.PlannedDone(4), "true"), (RecapInputs.PlannedClass(4), "A"))));

    [Fact]
    public void An_unplanned_row_with_details_but_no_customer_is_incomplete() =>
        Assert.Equal(
            new FieldProblem(RecapInputs.UnplannedCustomer(2), FieldProblemKind.Incomplete),
            SingleProblem(With((RecapInputs.UnplannedType(2), "closing"))));

    [Fact]
    public void A_named_unplanned_visit_needs_type_and_class()
    {
        var result = RecapForm.Read(With((RecapInputs.UnplannedType(1), ""), (RecapInputs.UnplannedClass(1), "E")), Limits, Plan);

        Assert.Equal(
            [
                new FieldProblem(RecapInputs.UnplannedType(1), FieldProblemKind.Required),
                new FieldProblem(RecapInputs.UnplannedClass(1), FieldProblemKind.UnknownChoice),
            ],
            result.Problems);
    }

    [Theory]
    [InlineData("new", VisitType.New)]
    [InlineData("FollowUp", VisitType.FollowUp)]
    [InlineData(" closing ", VisitType.Closing)]
    public void Unplanned_visit_types(string value, VisitType type) =>
        Assert.Equal(type, RecapForm.Read(With((RecapInputs.UnplannedType(1), value)), Limits, Plan).Value!.Unplanned[0].Type);

    [Theory]
    [InlineData("acme")]
    [InlineData(" ACME ")]
    public void An_unplanned_visit_to_a_planned_customer_is_a_duplicate(string name) =>
        Assert.Equal(new FieldProblem(RecapInputs.UnplannedCustomer(1), FieldProblemKind.Duplicate), SingleProblem(With((RecapInputs.UnplannedCustomer(1), name))));

    [Fact]
    public void An_unplanned_signing_needs_its_amount()
    {
        var result = RecapForm.Read(With((RecapInputs.UnplannedClass(1), "signed"), (RecapInputs.UnplannedType(1), "closing"), (RecapInputs.UnplannedAmount(1), "")), Limits, Plan);
        Assert.Equal([new FieldProblem(RecapInputs.UnplannedAmount(1), FieldProblemKind.Required)], result.Problems);

        var signed = RecapForm.Read(With((RecapInputs.UnplannedClass(1), "signed"), (RecapInputs.UnplannedType(1), "closing"), (RecapInputs.UnplannedAmount(1), "9,999")), Limits, Plan);
        Assert.Equal(new UnplannedVisit("Initech Beijing", VisitType.Closing, ClassAfter.Signed, true, 999_900), Assert.Single(signed.Value!.Unplanned));
    }

    [Fact]
    public void Too_many_unplanned_visits_are_out_of_range()
    {
        var form = FullForm();
        for (var row = 1; row <= Limits.MaxUnplannedRows + 1; row++)
        {
            form[RecapInputs.UnplannedCustomer(row)] = $"Walk-in {row}";
            form[RecapInputs.UnplannedType(row)] = "new";
            form[RecapInputs.UnplannedClass(row)] = "C";
        }

        Assert.Equal(new FieldProblem(RecapInputs.UnplannedCustomer(Limits.MaxUnplannedRows + 1), FieldProblemKind.OutOfRange), SingleProblem(form));
    }

    [Fact]
    public void Rows_are_read_in_row_order_whatever_their_numbers()
    {
        var form = With(
            (RecapInputs.UnplannedCustomer(1), ""), (RecapInputs.UnplannedType(1), ""), (RecapInputs.UnplannedClass(1), ""), (RecapInputs.UnplannedKeyPerson(1), ""), (RecapInputs.UnplannedAmount(1), ""),
            (RecapInputs.UnplannedCustomer(12), "Zeta"), (RecapInputs.UnplannedType(12), "new"), (RecapInputs.UnplannedClass(12), "C"),
            (RecapInputs.UnplannedCustomer(3), "Beta"), (RecapInputs.UnplannedType(3), "followup"), (RecapInputs.UnplannedClass(3), "B"));

        var result = RecapForm.Read(form, Limits, Plan);

        Assert.Equal(["Beta", "Zeta"], result.Value!.Unplanned.Select(v => v.Customer));
    }

    [Fact]
    public void A_new_customer_row_switched_on_without_a_name_is_incomplete() =>
        Assert.Equal(new FieldProblem(NewCustomerInputs.Name(3), FieldProblemKind.Incomplete), SingleProblem(With((NewCustomerInputs.Budget(3), "true"))));

    [Fact]
    public void A_new_customer_twice_is_a_duplicate() =>
        Assert.Equal(new FieldProblem(NewCustomerInputs.Name(2), FieldProblemKind.Duplicate), SingleProblem(With((NewCustomerInputs.Name(2), "initech beijing"))));

    [Fact]
    public void A_customer_name_too_long_is_refused() =>
        Assert.Equal(
            new FieldProblem(RecapInputs.UnplannedCustomer(1), FieldProblemKind.TooLong),
            SingleProblem(With((RecapInputs.UnplannedCustomer(1), new string('x', Limits.MaxCustomerNameLength + 1)))));

    [Theory]
    [InlineData("manager", VentVisibility.ManagerOnly)]
    [InlineData("", VentVisibility.ManagerOnly)]
    [InlineData(null, VentVisibility.ManagerOnly)]
    [InlineData("Anonymous", VentVisibility.TeamAnonymous)]
    [InlineData("named", VentVisibility.TeamNamed)]
    public void A_vents_visibility_defaults_to_manager_only(string? value, VentVisibility visibility) =>
        Assert.Equal(visibility, RecapForm.Read(With((RecapInputs.VentVisibility, value)), Limits, Plan).Value!.Vent!.Visibility);

    [Fact]
    public void An_unknown_vent_visibility_is_refused_rather_than_guessed() =>
        Assert.Equal(new FieldProblem(RecapInputs.VentVisibility, FieldProblemKind.UnknownChoice), SingleProblem(With((RecapInputs.VentVisibility, "public"))));

    [Theory]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    [InlineData(null)]
    public void A_blank_vent_is_no_vent_whatever_its_visibility(string? text)
    {
        var result = RecapForm.Read(With((RecapInputs.VentText, text), (RecapInputs.VentVisibility, "nonsense")), Limits, Plan);

        Assert.True(result.IsValid);
        Assert.Null(result.Value.Vent);
    }

    [Theory]
    [InlineData(RecapInputs.VentText)]
    [InlineData(RecapInputs.WinText)]
    [InlineData(RecapInputs.HelpStuck)]
    public void Free_texts_are_at_most_the_limit_in_characters_people_see(string id)
    {
        // 𠮷 is two UTF-16 units but one character: the limit counts what people see.
        Assert.True(RecapForm.Read(With((id, new string('好', Limits.MaxTextLength - 1) + "𠮷")), Limits, Plan).IsValid);
        Assert.Equal(new FieldProblem(id, FieldProblemKind.TooLong), SingleProblem(With((id, new string('好', Limits.MaxTextLength + 1)))));
    }

    [Theory]
    [InlineData("", WinVisibility.ManagerOnly)]
    [InlineData("manager", WinVisibility.ManagerOnly)]
    [InlineData("TEAM", WinVisibility.Team)]
    [InlineData("anonymous", WinVisibility.TeamAnonymous)]
    public void A_win_is_private_to_the_manager_by_default(string value, WinVisibility visibility) =>
        Assert.Equal(visibility, RecapForm.Read(With((RecapInputs.WinVisibility, value)), Limits, Plan).Value!.Win!.Visibility);

    [Fact]
    public void An_unknown_win_visibility_is_refused() =>
        Assert.Equal(new FieldProblem(RecapInputs.WinVisibility, FieldProblemKind.UnknownChoice), SingleProblem(With((RecapInputs.WinVisibility, "named"))));

    [Fact]
    public void A_help_customer_needs_what_is_stuck() =>
        Assert.Equal(new FieldProblem(RecapInputs.HelpStuck, FieldProblemKind.Required), SingleProblem(With((RecapInputs.HelpStuck, " "))));

    [Fact]
    public void Help_without_a_customer_is_about_a_skill()
    {
        var result = RecapForm.Read(With((RecapInputs.HelpCustomer, ""), (RecapInputs.HelpStuck, "How do I handle 'we already have a supplier'?")), Limits, Plan);

        Assert.Equal(new HelpRequest(null, "How do I handle 'we already have a supplier'?"), result.Value!.Help);
    }

    [Fact]
    public void Tomorrows_repeats_are_duplicates() =>
        Assert.Equal(new FieldProblem(RecapInputs.TomorrowCustomer(3), FieldProblemKind.Duplicate), SingleProblem(With((RecapInputs.TomorrowCustomer(3), "ACME"))));

    [Fact]
    public void Tomorrow_holds_at_most_a_days_visits()
    {
        var form = FullForm();
        for (var row = 1; row <= RecapInputs.MaxTomorrow + 1; row++) form[RecapInputs.TomorrowCustomer(row)] = $"Customer {row}";

        Assert.Equal(8, RecapInputs.MaxTomorrow);
        Assert.Equal(new FieldProblem(RecapInputs.TomorrowCustomer(RecapInputs.MaxTomorrow + 1), FieldProblemKind.OutOfRange), SingleProblem(form));
    }

    [Fact]
    public void Tomorrows_plan_drafts_tomorrows_kickoff() =>
        Assert.Equal(
            [new VisitDraft("Acme"), new VisitDraft("Stark")],
            VisitDraft.FromTomorrowsPlan(RecapForm.Read(FullForm(), Limits, Plan).Value!.Tomorrow));

    [Fact]
    public void Every_problem_is_reported_at_once_in_card_order()
    {
        // Row 2, not row 1: row 1's amount signs it, so its class is not asked for.
        var form = With(
            (RecapInputs.PlannedClass(2), ""),
            (RecapInputs.UnplannedType(1), "visit"),
            (NewCustomerInputs.Need(1), "maybe"),
            (RecapInputs.VentVisibility, "everyone"),
            (RecapInputs.TomorrowCustomer(3), "acme"));

        var result = RecapForm.Read(form, Limits, Plan);

        Assert.Equal(
            [
                RecapInputs.PlannedClass(2),
                RecapInputs.UnplannedType(1),
                NewCustomerInputs.Need(1),
                RecapInputs.VentVisibility,
                RecapInputs.TomorrowCustomer(3),
            ],
            result.Problems.Select(p => p.InputId));
    }

    [Fact]
    public void Values_read_back_to_the_same_recap()
    {
        var recap = RecapForm.Read(FullForm(), Limits, Plan).Value!;

        var again = RecapForm.Read(RecapForm.Values(recap, Limits).ToDictionary(kv => kv.Key, kv => (string?)kv.Value), Limits, Plan);

        Assert.True(again.IsValid);
        Assert.Equal(recap.Planned, again.Value.Planned);
        Assert.Equal(recap.Unplanned, again.Value.Unplanned);
        Assert.Equal(recap.NewCustomers, again.Value.NewCustomers);
        Assert.Equal(recap.Vent, again.Value.Vent);
        Assert.Equal(recap.Win, again.Value.Win);
        Assert.Equal(recap.Help, again.Value.Help);
        Assert.Equal(recap.Tomorrow, again.Value.Tomorrow);
    }

    [Fact]
    public void Values_write_amounts_in_major_units()
    {
        var recap = RecapForm.Read(FullForm(), Limits, Plan).Value!;

        var values = RecapForm.Values(recap, Limits);

        Assert.Equal("12000.5", values[RecapInputs.PlannedAmount(1)]);
        Assert.False(values.ContainsKey(RecapInputs.PlannedAmount(2)));
        Assert.Equal("signed", values[RecapInputs.PlannedClass(1)]);
        Assert.Equal("anonymous", values[RecapInputs.VentVisibility]);
    }

    [Fact]
    public void The_prefill_takes_the_morning_plan_as_kept()
    {
        NewCustomerCandidate[] candidates = [new("Initech", true, true, true), new("Umbrella", true, false, true)];

        var values = RecapForm.Prefill(Plan, candidates);

        Assert.All(Enumerable.Range(1, Plan.Count), row => Assert.Equal("true", values[RecapInputs.PlannedDone(row)]));
        // The key person the plan meant to reach; the class the plan gave, none for a New customer.
        Assert.Equal(["true", "false", "true"], Enumerable.Range(1, Plan.Count).Select(row => values[RecapInputs.PlannedKeyPerson(row)]));
        Assert.Equal("A", values[RecapInputs.PlannedClass(1)]);
        Assert.Equal("B", values[RecapInputs.PlannedClass(2)]);
        Assert.False(values.ContainsKey(RecapInputs.PlannedClass(3)));
        Assert.False(values.ContainsKey(RecapInputs.PlannedAmount(1)));
        Assert.False(values.ContainsKey(RecapInputs.PlannedDone(Plan.Count + 1)));
        Assert.Equal("Umbrella", values[NewCustomerInputs.Name(2)]);
        Assert.Equal(["true", "false", "true"], new[] { NewCustomerInputs.Need(2), NewCustomerInputs.Budget(2), NewCustomerInputs.Payer(2) }.Select(id => values[id]));
        Assert.Equal("manager", values[RecapInputs.VentVisibility]);
        Assert.Equal("manager", values[RecapInputs.WinVisibility]);

        // Shared untouched, only the New customer's class is asked for; once given, the plan as kept.
        var sent = values.ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        Assert.Equal(new FieldProblem(RecapInputs.PlannedClass(3), FieldProblemKind.Required), Assert.Single(RecapForm.Read(sent, Limits, Plan).Problems));
        sent[RecapInputs.PlannedClass(3)] = "C";
        var read = RecapForm.Read(sent, Limits, Plan);
        Assert.Equal(
            [
                new PlannedVisitResult("华为", true, true, ClassAfter.A, 0),
                new PlannedVisitResult("Acme", true, false, ClassAfter.B, 0),
                new PlannedVisitResult("Globex", true, true, ClassAfter.C, 0),
            ],
            read.Value!.Planned);
        Assert.Equal(candidates, read.Value.NewCustomers);
        Assert.Null(read.Value.Vent);
    }

    [Theory]
    [InlineData(CustomerClass.A, ClassAfter.A)]
    [InlineData(CustomerClass.B, ClassAfter.B)]
    [InlineData(CustomerClass.C, ClassAfter.C)]
    [InlineData(CustomerClass.New, null)]
    public void Class_after_defaults_to_the_class_the_plan_gave(CustomerClass planned, ClassAfter? after) =>
        Assert.Equal(after, RecapForm.ClassAfterAsPlanned(planned));

    [Fact]
    public void Without_candidates_the_prefill_names_no_new_customer() =>
        Assert.DoesNotContain(RecapForm.Prefill(Plan).Keys, id => id.StartsWith("newcustomer.", StringComparison.Ordinal));

    [Fact]
    public void The_evening_holds_names_and_amounts_to_the_mornings_bounds()
    {
        var kickoff = KickoffLimits.For("CNY") with { MaxCustomerNameLength = 20, MaxAmountMinor = 1_000, AmountMinorDigits = 0 };

        var limits = RecapLimits.From(kickoff);

        Assert.Equal(20, limits.MaxCustomerNameLength);
        Assert.Equal(1_000, limits.MaxAmountMinor);
        Assert.Equal(0, limits.AmountMinorDigits);
        Assert.Equal(
            new FieldProblem(RecapInputs.PlannedAmount(1), FieldProblemKind.OutOfRange),
            Assert.Single(RecapForm.Read(With((RecapInputs.PlannedAmount(1), "1001")), limits, Plan).Problems));
    }

    [Fact]
    public void Input_ids_say_what_they_hold()
    {
        Assert.Contains("customer", RecapInputs.UnplannedCustomer(1));
        Assert.Contains("customer", NewCustomerInputs.Name(1));
        Assert.Contains("customer", RecapInputs.TomorrowCustomer(1));
        Assert.Contains("customer", RecapInputs.HelpCustomer);
        Assert.Contains("amount", RecapInputs.PlannedAmount(1));
        Assert.Contains("amount", RecapInputs.UnplannedAmount(1));
        Assert.Contains("vent", RecapInputs.VentText);
        Assert.Contains("vent", RecapInputs.VentVisibility);
        Assert.Contains("win", RecapInputs.WinText);
        Assert.Contains("win", RecapInputs.WinVisibility);
        Assert.Contains("help", RecapInputs.HelpCustomer);
        Assert.Contains("help", RecapInputs.HelpStuck);
    }

    public static TheoryData<string, long> FifteenHundred() => new() { { "JPY", 1_500 }, { "CNY", 150_000 } };

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public void A_recap_reopened_for_an_edit_shows_its_signed_amounts_in_the_currencys_major_unit(string currency, long minor)
    {
        var limits = RecapLimits.For(currency);
        var recap = new Recap(
            [new PlannedVisitResult("华为", true, true, ClassAfter.Signed, minor), PlannedVisitResult.NotDone("Acme"), PlannedVisitResult.NotDone("Globex")],
            [new UnplannedVisit("Initech", VisitType.Closing, ClassAfter.Signed, false, minor * 2)],
            [], null, null, null, []);

        var values = RecapForm.Values(recap, limits);

        Assert.Equal("1500", values[RecapInputs.PlannedAmount(1)]);
        Assert.Equal("3000", values[RecapInputs.UnplannedAmount(1)]);
        var again = RecapForm.Read(values.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), limits, Plan);
        Assert.Equal(recap.Planned, again.Value!.Planned);
        Assert.Equal(recap.Unplanned, again.Value.Unplanned);
    }
}
