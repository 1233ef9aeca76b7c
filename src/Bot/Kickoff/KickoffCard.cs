using IronArmy.Bot.Cards;
using IronArmy.Bot.Forms;
using IronArmy.Bot.Resources;
using IronArmy.Core.Forms;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The 07:40 kickoff form (domain.md "早启动"): the standard first — what today must hold — then
/// the targets, today's visits and three valid new customers. Laid out for a phone: no row is wider
/// than three inputs, the fields a submit must fill are marked required, and what is optional stays
/// hidden until asked for (hidden, not in a ShowCard, so values always submit): visits 5–8 behind one
/// tap, and on a rep's first plan the month and week targets, which may follow another day.
/// The values, what is required and what they add up to so far come from Core's <see cref="KickoffForm"/>.
/// </summary>
public static class KickoffCard
{
    public const string SubmitVerb = "kickoff.submit";
    public const string WorkDateKey = DayCardButton.WorkDateKey;

    /// <summary>The card's language travels with its buttons, so the answer comes back in the language the rep read.</summary>
    public const string LanguageKey = DayCardButton.LanguageKey;

    /// <summary>The element shown by "more visits"; an element id, never an input id.</summary>
    public const string MoreVisitsId = "kickoff.visits.more";

    /// <summary>A first plan's month and week targets, shown on request; an element id.</summary>
    public const string LaterTargetsId = "kickoff.targets.later";

    public static AdaptiveCard Build(Texts t, KickoffFormView form) => Build(t, form, Inputs(t, form));

    /// <summary>
    /// The words of a form that can no longer be saved, read-only, under <paramref name="lines"/>
    /// saying why and where they went (<see cref="KeptWordsCard"/>).
    /// </summary>
    public static AdaptiveCard Kept(Texts t, KickoffFormView form, IReadOnlyList<string> lines)
    {
        var inputs = Inputs(t, form);
        Build(t, form, inputs); // laid out once so every word is named as the form names its input
        return KeptWordsCard.Build(t, Title(t, form), lines, inputs);
    }

    private static FormInputs Inputs(Texts t, KickoffFormView form) =>
        new(t, form.Values, form.Problems) { WrapToggles = true, Required = KickoffForm.Required(form.Carried) };

    private static string Title(Texts t, KickoffFormView form) => t.Format("Kickoff_Title", t.LocalDate(form.WorkDate));

    private static AdaptiveCard Build(Texts t, KickoffFormView form, FormInputs inputs)
    {
        var title = Title(t, form);

        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t[form.Carried.IsFirstPlan ? "Kickoff_IntroFirstPlan" : "Kickoff_Intro"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small },
        };
        if (form.Notices.Count > 0)
        {
            body.Add(new Container([.. form.Notices.Select(line => new TextBlock(line) { Wrap = true, Spacing = Spacing.Small })])
                { Style = ContainerStyle.Warning, Spacing = Spacing.Medium });
        }

        var summaryAt = body.Count;

        body.Add(StandardSection(t, form.Standard, KickoffForm.SoFar(form.Values)));

        // Today first: the one target every card asks for; month and week carry or may follow.
        body.Add(FormLayout.Section(t["Kickoff_Targets"]));
        body.AddRange(TargetRow(t, inputs, TargetPeriod.Day, form.CurrencyCode));
        var later = new[] { TargetPeriod.Week, TargetPeriod.Month }.SelectMany(p => TargetRow(t, inputs, p, form.CurrencyCode)).ToList();
        var laterIds = new[] { TargetPeriod.Week, TargetPeriod.Month }.SelectMany(TargetIds).ToList();
        // A required input is never hidden: a client would refuse the submit over a field the rep cannot see.
        if (!form.Carried.IsFirstPlan || laterIds.Any(id => inputs.HasValue(id) || inputs.HasProblem(id) || inputs.Required.Contains(id)))
        {
            body.AddRange(later);
        }
        else
        {
            body.Add(new ActionSet([new ToggleVisibilityAction([LaterTargetsId]) { Title = t["Kickoff_LaterTargets"] }]) { Spacing = Spacing.Small });
            body.Add(new Container(later) { Id = LaterTargetsId, IsVisible = false, Spacing = Spacing.None });
        }

        body.Add(FormLayout.Section(t["Kickoff_VisitPlan"]));
        body.Add(FormLayout.Hint(t["Kickoff_VisitPlanHint"]));
        for (var row = 1; row <= KickoffInputs.VisibleVisitRows; row++) body.Add(VisitRow(t, inputs, row));
        var moreRows = Enumerable.Range(KickoffInputs.VisibleVisitRows + 1, KickoffInputs.MaxVisits - KickoffInputs.VisibleVisitRows).ToList();
        // Rows that hold something (a draft, typed values, a problem) are never hidden.
        var showMore = moreRows.Any(row => VisitRowIds(row).Any(id => inputs.HasValue(id) || inputs.HasProblem(id)));
        if (!showMore)
            body.Add(new ActionSet([new ToggleVisibilityAction([MoreVisitsId]) { Title = t.Format("Kickoff_MoreVisits", moreRows[0], moreRows[^1]) }]));
        body.Add(new Container(moreRows.Select(row => (CardElement)VisitRow(t, inputs, row)).ToList())
        {
            Id = MoreVisitsId,
            IsVisible = showMore ? null : false,
            // A separator on a container's first item is not drawn, so row 5's goes on the container.
            Separator = true,
            Spacing = Spacing.Medium,
        });

        body.Add(FormLayout.Section(t["Kickoff_NewCustomers"]));
        body.Add(FormLayout.Hint(t["Kickoff_NewCustomersHint"]));
        for (var row = 1; row <= NewCustomerInputs.MaxRows; row++)
            body.Add(new Container(FormLayout.NewCustomerRow(t, inputs, row)) { Spacing = Spacing.Medium });

        // Last, because only now does every input have the name the summary calls it by.
        if (form.Problems.Count > 0) body.Insert(summaryAt, FormLayout.ProblemSummary(t, form.Problems, inputs));

        var submit = DayCardButton.For(SubmitVerb, t[form.IsDraft ? "Kickoff_SaveDraft" : form.IsEdit ? "Kickoff_SaveChanges" : "Kickoff_Submit"], form.WorkDate, t);

        return new AdaptiveCard
        {
            Body = body,
            Actions = [submit],
            Lang = t.CardLanguage,
            FallbackText = title,
            MsTeams = TeamsCardProperties.FullWidth,
        };
    }

    private static IReadOnlyList<CardElement> TargetRow(Texts t, FormInputs inputs, TargetPeriod period, string currencyCode)
    {
        inputs.Row = t.PeriodName(period);
        return
        [
            new TextBlock(inputs.Row) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new ColumnSet(
            [
                new Column(inputs.Number(KickoffInputs.TargetAmount(period), t.AmountLabel(currencyCode))) { Width = ColumnWidth.Weighted(2) },
                new Column(inputs.Number(KickoffInputs.TargetVisits(period), t["Kickoff_Visits"])) { Width = ColumnWidth.Weighted(1) },
                new Column(inputs.Number(KickoffInputs.TargetValidNew(period), t["Kickoff_ValidNew"])) { Width = ColumnWidth.Weighted(1) },
            ]) { Spacing = Spacing.None },
        ];
    }

    private static Container VisitRow(Texts t, FormInputs inputs, int row)
    {
        inputs.Row = t.Format("Kickoff_VisitLabel", row);
        return new Container(
        [
            new ColumnSet(
            [
                new Column(inputs.Text(KickoffInputs.VisitCustomer(row), inputs.Row, t["Kickoff_CustomerPlaceholder"])) { Width = ColumnWidth.Weighted(3) },
                new Column(inputs.Time(KickoffInputs.VisitTime(row), t["Kickoff_Time"])) { Width = ColumnWidth.Weighted(2) },
            ]),
            new ColumnSet(
            [
                new Column(inputs.Choice(KickoffInputs.VisitClass(row), t["Kickoff_ClassPlaceholder"], ChoiceInputStyle.Compact,
                    Enum.GetValues<CustomerClass>().Select(c => new Choice(t.ClassName(c), KickoffChoices.Of(c))))) { Width = ColumnWidth.Weighted(2) },
                new Column(inputs.Choice(KickoffInputs.VisitKeyPerson(row), t["Kickoff_KpPlaceholder"], ChoiceInputStyle.Compact,
                    Enum.GetValues<KeyPerson>().Select(k => new Choice(t.KeyPersonName(k), KickoffChoices.Of(k))))) { Width = ColumnWidth.Weighted(3) },
                new Column(inputs.Choice(KickoffInputs.VisitOutcome(row), t["Kickoff_OutcomePlaceholder"], ChoiceInputStyle.Compact,
                    Enum.GetValues<VisitOutcome>().Select(o => new Choice(t.OutcomeName(o), KickoffChoices.Of(o))))) { Width = ColumnWidth.Weighted(3) },
            ]) { Spacing = Spacing.Small },
        ]) { Separator = row > 1, Spacing = Spacing.Medium };
    }

    /// <summary>What today must hold, at the top where a rep plans against it; once the form holds a plan, that plan's numbers against it, line by line.</summary>
    private static Container StandardSection(Texts t, VisitStandard standard, PlanSoFar soFar)
    {
        var items = new List<CardElement> { new TextBlock(t["Kickoff_TodayMustHold"]) { Weight = TextWeight.Bolder, Wrap = true } };
        items.AddRange(t.StandardText(standard).Select(line => new TextBlock(line) { Wrap = true, Spacing = Spacing.None }));
        if (!soFar.IsEmpty)
        {
            items.Add(new TextBlock(t["Kickoff_PlanVsStandard"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
            items.Add(new FactSet(soFar.Against(standard).Lines.Select(l => new Fact(t.MeasureName(l.Measure), t.StandardValue(l))).ToList())
                { Spacing = Spacing.None });
        }

        return new Container(items) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium };
    }

    private static IEnumerable<string> TargetIds(TargetPeriod period) =>
        [KickoffInputs.TargetAmount(period), KickoffInputs.TargetVisits(period), KickoffInputs.TargetValidNew(period)];

    private static IEnumerable<string> VisitRowIds(int row) =>
    [
        KickoffInputs.VisitCustomer(row), KickoffInputs.VisitTime(row), KickoffInputs.VisitClass(row),
        KickoffInputs.VisitKeyPerson(row), KickoffInputs.VisitOutcome(row),
    ];
}
