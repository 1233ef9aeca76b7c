using IronArmy.Bot.Cards;
using IronArmy.Core.Money;
using System.Globalization;
using System.Text.Json.Nodes;
using IronArmy.Bot.Resources;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The 07:40 kickoff form (domain.md "早启动"): targets, today's visits, three valid new customers
/// and the standard. Laid out for a phone: no row is wider than three inputs, and visits 5–8 stay
/// hidden until asked for (hidden, not in a ShowCard, so their values are always submitted).
/// </summary>
public static class KickoffCard
{
    public const string SubmitVerb = "kickoff.submit";
    public const string WorkDateKey = DayCardButton.WorkDateKey;

    /// <summary>The card's language travels with its buttons, so the answer comes back in the language the rep read.</summary>
    public const string LanguageKey = DayCardButton.LanguageKey;

    /// <summary>The element shown by "more visits"; an element id, never an input id.</summary>
    public const string MoreVisitsId = "kickoff.visits.more";

    /// <summary>Names longer than this are cut off by the input itself.</summary>
    public const int NameMaxLength = 100;

    public static AdaptiveCard Build(Texts t, KickoffFormView form)
    {
        var values = form.Entered ?? DraftValues(form.Draft, MoneyText.MinorDigitsOf(form.CurrencyCode));
        var fields = new Fields(t, values, form.Problems);
        var title = t.Format("Kickoff_Title", t.LocalDate(form.WorkDate));

        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t["Kickoff_Intro"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small },
        };
        if (form.Problems.Count > 0) body.Add(ProblemSummary(t, form));

        body.Add(Section(t["Kickoff_Targets"]));
        foreach (var period in new[] { TargetPeriod.Month, TargetPeriod.Week, TargetPeriod.Day })
            body.AddRange(TargetRow(t, fields, period, form.CurrencyCode));

        body.Add(Section(t["Kickoff_VisitPlan"]));
        body.Add(new TextBlock(t["Kickoff_VisitPlanHint"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.None, Size = TextSize.Small });
        for (var row = 1; row <= KickoffInputs.VisibleVisitRows; row++) body.Add(VisitRow(t, fields, row));
        var moreRows = Enumerable.Range(KickoffInputs.VisibleVisitRows + 1, KickoffInputs.MaxVisits - KickoffInputs.VisibleVisitRows).ToList();
        // Rows that hold something (a draft, typed values, a problem) are never hidden.
        var showMore = moreRows.Any(row => VisitRowIds(row).Any(id => fields.HasValue(id) || fields.HasProblem(id)));
        if (!showMore)
            body.Add(new ActionSet([new ToggleVisibilityAction([MoreVisitsId]) { Title = t.Format("Kickoff_MoreVisits", moreRows[0], moreRows[^1]) }]));
        body.Add(new Container(moreRows.Select(row => (CardElement)VisitRow(t, fields, row)).ToList())
        {
            Id = MoreVisitsId,
            IsVisible = showMore ? null : false,
            // A separator on a container's first item is not drawn, so row 5's goes on the container.
            Separator = true,
            Spacing = Spacing.Medium,
        });

        body.Add(Section(t["Kickoff_NewCustomers"]));
        body.Add(new TextBlock(t["Kickoff_NewCustomersHint"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.None, Size = TextSize.Small });
        for (var row = 1; row <= NewCustomerInputs.MaxRows; row++) body.Add(NewCustomerRow(t, fields, row));

        body.Add(StandardSection(t, form.Standard, PlanShown(values)));

        var submit = DayCardButton.For(SubmitVerb, form.IsEdit ? t["Kickoff_SaveChanges"] : t["Kickoff_Submit"], form.WorkDate, t);

        return new AdaptiveCard
        {
            Body = body,
            Actions = [submit],
            Lang = t.CardLanguage,
            FallbackText = title,
            MsTeams = TeamsCardProperties.FullWidth,
        };
    }

    private static TextBlock Section(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Large };

    private static Container ProblemSummary(Texts t, KickoffFormView form)
    {
        var count = form.Problems.Count;
        var items = new List<CardElement>
        {
            new TextBlock(count == 1 ? t["Kickoff_ProblemsOne"] : t.Format("Kickoff_ProblemsMany", count))
                { Weight = TextWeight.Bolder, Color = TextColor.Attention, Wrap = true },
            new TextBlock(t["Kickoff_ProblemsHint"]) { Wrap = true, Spacing = Spacing.Small },
        };
        items.AddRange(form.Problems.Select(p => new TextBlock(t.Format("Kickoff_ProblemLine", FieldName(t, p.InputId, form.CurrencyCode), t.ProblemMessage(p.Kind)))
            { Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small }));
        return new Container(items) { Style = ContainerStyle.Attention, Spacing = Spacing.Medium };
    }

    private static IEnumerable<CardElement> TargetRow(Texts t, Fields fields, TargetPeriod period, string currencyCode)
    {
        yield return new TextBlock(t.PeriodName(period)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return new ColumnSet(
        [
            new Column(fields.Number(KickoffInputs.TargetAmount(period), t.AmountLabel(currencyCode))) { Width = ColumnWidth.Weighted(2) },
            new Column(fields.Number(KickoffInputs.TargetVisits(period), t["Kickoff_Visits"])) { Width = ColumnWidth.Weighted(1) },
            new Column(fields.Number(KickoffInputs.TargetValidNew(period), t["Kickoff_ValidNew"])) { Width = ColumnWidth.Weighted(1) },
        ]) { Spacing = Spacing.None };
    }

    private static Container VisitRow(Texts t, Fields fields, int row) =>
        new([
            new ColumnSet(
            [
                new Column(fields.Text(KickoffInputs.VisitCustomer(row), t.Format("Kickoff_VisitLabel", row), t["Kickoff_CustomerPlaceholder"]))
                    { Width = ColumnWidth.Weighted(3) },
                new Column(fields.Time(KickoffInputs.VisitTime(row), t["Kickoff_Time"])) { Width = ColumnWidth.Weighted(2) },
            ]),
            new ColumnSet(
            [
                new Column(fields.Choice(KickoffInputs.VisitClass(row), t["Kickoff_ClassPlaceholder"],
                    Enum.GetValues<CustomerClass>().Select(c => new Choice(t.ClassName(c), KickoffChoices.Of(c))))) { Width = ColumnWidth.Weighted(2) },
                new Column(fields.Choice(KickoffInputs.VisitKeyPerson(row), t["Kickoff_KpPlaceholder"],
                    Enum.GetValues<KeyPerson>().Select(k => new Choice(t.KeyPersonName(k), KickoffChoices.Of(k))))) { Width = ColumnWidth.Weighted(3) },
                new Column(fields.Choice(KickoffInputs.VisitOutcome(row), t["Kickoff_OutcomePlaceholder"],
                    Enum.GetValues<VisitOutcome>().Select(o => new Choice(t.OutcomeName(o), KickoffChoices.Of(o))))) { Width = ColumnWidth.Weighted(3) },
            ]) { Spacing = Spacing.Small },
        ]) { Separator = row > 1, Spacing = Spacing.Medium };

    private static Container NewCustomerRow(Texts t, Fields fields, int row) =>
        new([
            .. fields.Text(NewCustomerInputs.Name(row), t.Format("Kickoff_NewCustomerLabel", row), t["Kickoff_NewCustomerPlaceholder"]),
            new ColumnSet(
            [
                new Column(fields.Toggle(NewCustomerInputs.Need(row), t["Kickoff_Need"])) { Width = ColumnWidth.Stretch },
                new Column(fields.Toggle(NewCustomerInputs.Budget(row), t["Kickoff_Budget"])) { Width = ColumnWidth.Stretch },
                new Column(fields.Toggle(NewCustomerInputs.Payer(row), t["Kickoff_Payer"])) { Width = ColumnWidth.Stretch },
            ]) { Spacing = Spacing.None },
        ]) { Spacing = Spacing.Medium };

    /// <summary>The standard; once the form holds a plan, that plan's numbers against it, line by line.</summary>
    private static Container StandardSection(Texts t, VisitStandard standard, KickoffPlan shown)
    {
        var items = new List<CardElement> { new TextBlock(t["Kickoff_Standard"]) { Size = TextSize.Medium, Weight = TextWeight.Bolder } };
        items.AddRange(t.StandardText(standard).Select(line => new TextBlock(line) { Wrap = true, Spacing = Spacing.Small }));
        if (shown.Visits.Count > 0 || shown.NewCustomers.Count > 0)
        {
            items.Add(new TextBlock(t["Kickoff_PlanVsStandard"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            items.Add(new FactSet(StandardCheck.Of(shown, standard).Lines.Select(l => new Fact(t.MeasureName(l.Measure), t.StandardValue(l))).ToList())
                { Spacing = Spacing.Small });
        }

        return new Container(items) { Style = ContainerStyle.Emphasis, Separator = true, Spacing = Spacing.Large };
    }

    private static IEnumerable<string> VisitRowIds(int row) =>
    [
        KickoffInputs.VisitCustomer(row), KickoffInputs.VisitTime(row), KickoffInputs.VisitClass(row),
        KickoffInputs.VisitKeyPerson(row), KickoffInputs.VisitOutcome(row),
    ];

    /// <summary>The draft as the card's inputs hold it: amounts in major units, times HH:mm, choice values.</summary>
    private static Dictionary<string, string> DraftValues(KickoffDraft draft, int amountMinorDigits)
    {
        var values = new Dictionary<string, string>();
        foreach (var period in new[] { TargetPeriod.Month, TargetPeriod.Week, TargetPeriod.Day })
        {
            if (draft.For(period) is not { } target) continue;
            values[KickoffInputs.TargetAmount(period)] = MoneyText.ToInput(target.SignedAmountMinor, amountMinorDigits);
            values[KickoffInputs.TargetVisits(period)] = target.Visits.ToString(CultureInfo.InvariantCulture);
            values[KickoffInputs.TargetValidNew(period)] = target.ValidNewCustomers.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (visit, row) in draft.Visits.Take(KickoffInputs.MaxVisits).Select((v, i) => (v, i + 1)))
        {
            values[KickoffInputs.VisitCustomer(row)] = visit.Customer;
            if (visit.Time is { } time) values[KickoffInputs.VisitTime(row)] = time.ToString("HH:mm", CultureInfo.InvariantCulture);
            values[KickoffInputs.VisitClass(row)] = KickoffChoices.Of(visit.Class);
            values[KickoffInputs.VisitKeyPerson(row)] = KickoffChoices.Of(visit.KeyPerson);
            values[KickoffInputs.VisitOutcome(row)] = KickoffChoices.Of(visit.Outcome);
        }

        foreach (var (candidate, row) in draft.NewCustomers.Take(NewCustomerInputs.MaxRows).Select((c, i) => (c, i + 1)))
        {
            values[NewCustomerInputs.Name(row)] = candidate.Name;
            values[NewCustomerInputs.Need(row)] = ToggleValue.Of(candidate.HasNeed);
            values[NewCustomerInputs.Budget(row)] = ToggleValue.Of(candidate.HasBudget);
            values[NewCustomerInputs.Payer(row)] = ToggleValue.Of(candidate.IsPayer);
        }

        return values;
    }

    /// <summary>
    /// The complete visit rows and named new customers the card shows, read leniently (a form with
    /// problems still shows its counts), only to count them against the standard with Core's
    /// <see cref="StandardCheck"/>. Submits are read strictly by Core's <c>KickoffForm.Read</c>.
    /// </summary>
    private static KickoffPlan PlanShown(IReadOnlyDictionary<string, string> values)
    {
        string? Value(string id) => values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var visits = new List<PlannedVisit>();
        for (var row = 1; row <= KickoffInputs.MaxVisits; row++)
        {
            if (Value(KickoffInputs.VisitCustomer(row)) is not { } customer
                || !KickoffChoices.TryRead(Value(KickoffInputs.VisitClass(row)) ?? "", out CustomerClass cls)
                || !KickoffChoices.TryRead(Value(KickoffInputs.VisitKeyPerson(row)) ?? "", out KeyPerson kp)
                || !KickoffChoices.TryRead(Value(KickoffInputs.VisitOutcome(row)) ?? "", out VisitOutcome outcome))
                continue;
            var time = TimeOnly.TryParseExact(Value(KickoffInputs.VisitTime(row)), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
            visits.Add(new PlannedVisit(customer, time, cls, kp, outcome));
        }

        var candidates = new List<NewCustomerCandidate>();
        for (var row = 1; row <= NewCustomerInputs.MaxRows; row++)
        {
            if (Value(NewCustomerInputs.Name(row)) is not { } name) continue;
            candidates.Add(new NewCustomerCandidate(name,
                Value(NewCustomerInputs.Need(row)) == ToggleValue.On,
                Value(NewCustomerInputs.Budget(row)) == ToggleValue.On,
                Value(NewCustomerInputs.Payer(row)) == ToggleValue.On));
        }

        var none = new Target(0, 0, 0);
        return new KickoffPlan(new Targets(none, none, none), visits, candidates);
    }

    /// <summary>What the summary of problems calls an input: "Visit 2 · Time", "Month · Signed amount (CNY)".</summary>
    private static string FieldName(Texts t, string inputId, string currencyCode)
    {
        foreach (var period in new[] { TargetPeriod.Month, TargetPeriod.Week, TargetPeriod.Day })
        {
            var name = inputId == KickoffInputs.TargetAmount(period) ? t.AmountLabel(currencyCode)
                : inputId == KickoffInputs.TargetVisits(period) ? t["Kickoff_Visits"]
                : inputId == KickoffInputs.TargetValidNew(period) ? t["Kickoff_ValidNew"]
                : null;
            if (name is not null) return t.Format("Kickoff_FieldOf", t.PeriodName(period), name);
        }

        for (var row = 1; row <= KickoffInputs.MaxVisits; row++)
        {
            var name = inputId == KickoffInputs.VisitCustomer(row) ? t["Kickoff_CustomerPlaceholder"]
                : inputId == KickoffInputs.VisitTime(row) ? t["Kickoff_Time"]
                : inputId == KickoffInputs.VisitClass(row) ? t["Kickoff_ClassPlaceholder"]
                : inputId == KickoffInputs.VisitKeyPerson(row) ? t["Kickoff_KpPlaceholder"]
                : inputId == KickoffInputs.VisitOutcome(row) ? t["Kickoff_OutcomePlaceholder"]
                : null;
            if (name is not null) return t.Format("Kickoff_FieldOf", t.Format("Kickoff_VisitLabel", row), name);
        }

        for (var row = 1; row <= NewCustomerInputs.MaxRows; row++)
        {
            var name = inputId == NewCustomerInputs.Name(row) ? t["Kickoff_NewCustomerPlaceholder"]
                : inputId == NewCustomerInputs.Need(row) ? t["Kickoff_Need"]
                : inputId == NewCustomerInputs.Budget(row) ? t["Kickoff_Budget"]
                : inputId == NewCustomerInputs.Payer(row) ? t["Kickoff_Payer"]
                : null;
            if (name is not null) return t.Format("Kickoff_FieldOf", t.Format("Kickoff_NewCustomerLabel", row), name);
        }

        return inputId;
    }

    /// <summary>
    /// Makes the form's inputs from the values to show and marks the ones with a problem: the
    /// input's errorMessage, plus the message under it, because clients only show errorMessage
    /// after their own validation fails, never on a card the bot sends back.
    /// </summary>
    private sealed class Fields(Texts t, IReadOnlyDictionary<string, string> values, IReadOnlyList<FieldProblem> problems)
    {
        private readonly Dictionary<string, FieldProblemKind> _problems = problems
            .GroupBy(p => p.InputId)
            .ToDictionary(g => g.Key, g => g.First().Kind);

        public bool HasValue(string id) => Value(id) is not null;

        public bool HasProblem(string id) => _problems.ContainsKey(id);

        public IReadOnlyList<CardElement> Text(string id, string label, string placeholder) =>
            Marked(new TextInput(id) { Label = label, Placeholder = placeholder, MaxLength = NameMaxLength, Value = Value(id) });

        public IReadOnlyList<CardElement> Number(string id, string label) =>
            Marked(new NumberInput(id)
            {
                Label = label,
                Min = 0,
                Value = double.TryParse(Value(id), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
            });

        public IReadOnlyList<CardElement> Time(string id, string label) =>
            Marked(new TimeInput(id)
            {
                Label = label,
                Value = TimeOnly.TryParseExact(Value(id), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null,
            });

        /// <summary>A compact drop-down with no default: an untouched row submits nothing.</summary>
        public IReadOnlyList<CardElement> Choice(string id, string placeholder, IEnumerable<Choice> choices)
        {
            var list = choices.ToList();
            var value = Value(id);
            return Marked(new ChoiceSetInput(id, list)
            {
                Style = ChoiceInputStyle.Compact,
                Placeholder = placeholder,
                Value = list.Any(c => c.Value == value) ? value : null,
            });
        }

        public IReadOnlyList<CardElement> Toggle(string id, string title) =>
            Marked(new ToggleInput(id, title)
            {
                // Unchecked is the default ("false"), so only a check is written.
                Value = Value(id) == ToggleValue.On ? ToggleValue.On : null,
                Wrap = true,
            });

        private string? Value(string id) => values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

        private IReadOnlyList<CardElement> Marked(CardInput input)
        {
            if (!_problems.TryGetValue(input.Id!, out var kind)) return [input];
            var message = t.ProblemMessage(kind);
            return
            [
                input with { ErrorMessage = message },
                new TextBlock(message) { Color = TextColor.Attention, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None },
            ];
        }
    }
}
