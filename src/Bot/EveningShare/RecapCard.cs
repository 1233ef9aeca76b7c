using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Cards;
using System.Globalization;
using System.Text.Json.Nodes;
using IronArmy.Bot.Forms;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The 18:30 evening share form (domain.md "晚分享"): how each planned visit went, visits beyond the
/// plan, today's new customers, then the vent, the win, the help request and tomorrow's plan. It asks
/// few questions and pre-fills the plan, so it never turns into a daily-report form. Laid out for a
/// phone like the kickoff card; extra rows stay hidden (not in a ShowCard) until asked for.
/// </summary>
public static class RecapCard
{
    public const string SubmitVerb = "recap.submit";
    public const string WorkDateKey = DayCardButton.WorkDateKey;
    public const string LanguageKey = DayCardButton.LanguageKey;

    public const string MoreUnplannedId = "recap.unplanned.more";
    public const string MoreTomorrowId = "recap.tomorrow.more";

    /// <summary>Rows shown before "more": enough for most days, short on a phone.</summary>
    public const int VisibleUnplannedRows = 2;
    public const int VisibleTomorrowRows = 3;

    /// <summary>
    /// The form; when a rep has filled nearly every row and written long texts, the card drops its
    /// hints and the empty extra rows (blank rows submit nothing anyway) to stay one Teams message.
    /// </summary>
    public static AdaptiveCard Build(Texts t, RecapFormView form)
    {
        var card = Build(t, form, lean: false, Inputs(t, form));
        return CardJson.Utf8Size(card) <= CardJson.MaxCardBytes ? card : Build(t, form, lean: true, Inputs(t, form));
    }

    /// <summary>
    /// The words of a recap that can no longer be saved, read-only, under <paramref name="lines"/>
    /// saying why and where they went (<see cref="KeptWordsCard"/>).
    /// </summary>
    public static AdaptiveCard Kept(Texts t, RecapFormView form, IReadOnlyList<string> lines)
    {
        var inputs = Inputs(t, form);
        Build(t, form, lean: false, inputs); // laid out once so every word is named as the form names its input
        return KeptWordsCard.Build(t, Title(t, form), lines, inputs);
    }

    private static FormInputs Inputs(Texts t, RecapFormView form) => new(t, form.Values, form.Problems);

    private static string Title(Texts t, RecapFormView form) => t.Format("Recap_Title", t.LocalDate(form.WorkDate));

    private static AdaptiveCard Build(Texts t, RecapFormView form, bool lean, FormInputs inputs)
    {
        var title = Title(t, form);

        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (!lean) body.Add(new TextBlock(t["Recap_Intro"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        void Hint(string key)
        {
            if (!lean) body.Add(FormLayout.Hint(t[key]));
        }

        var summaryAt = body.Count;

        body.Add(FormLayout.Section(t["Recap_Planned"]));
        if (form.Plan.Count == 0)
            body.Add(new TextBlock(t["Recap_NoPlan"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        for (var i = 0; i < form.Plan.Count; i++) body.AddRange(PlannedRow(t, inputs, form.Plan[i], RecapForm.FirstRow + i, form.CurrencyCode));

        body.Add(FormLayout.Section(t["Recap_Unplanned"]));
        Hint("Recap_UnplannedHint");
        body.AddRange(Rows(t, inputs, RecapInputs.MaxUnplannedVisits, VisibleUnplannedRows, MoreUnplannedId, "Recap_MoreUnplanned", lean,
            row => UnplannedRow(t, inputs, row, form.CurrencyCode), UnplannedRowIds));

        body.Add(FormLayout.Section(t["Recap_NewCustomers"]));
        Hint("Recap_NewCustomersHint");
        for (var row = RecapForm.FirstRow; row < RecapForm.FirstRow + NewCustomerInputs.MaxRows; row++) body.AddRange(Row(row, FormLayout.NewCustomerRow(t, inputs, row)));

        body.Add(FormLayout.Section(t["Recap_Vent"]));
        Hint("Recap_VentHint");
        inputs.Row = t["Recap_Vent"];
        body.AddRange(inputs.LongText(RecapInputs.VentText, t["Recap_VentLabel"], t["Recap_VentPlaceholder"], RecapLimits.TextLength));
        body.AddRange(inputs.Choice(RecapInputs.VentVisibility, t["Recap_Visibility"], ChoiceInputStyle.Expanded,
            Enum.GetValues<VentVisibility>().Select(v => new Choice(t.VentVisibilityName(v), RecapChoices.Of(v)))));

        body.Add(FormLayout.Section(t["Recap_Win"]));
        Hint("Recap_WinHint");
        inputs.Row = t["Recap_Win"];
        body.AddRange(inputs.LongText(RecapInputs.WinText, t["Recap_WinLabel"], t["Recap_WinPlaceholder"], RecapLimits.TextLength));
        body.AddRange(inputs.Choice(RecapInputs.WinVisibility, t["Recap_Visibility"], ChoiceInputStyle.Expanded,
            Enum.GetValues<WinVisibility>().Select(v => new Choice(t.WinVisibilityName(v), RecapChoices.Of(v)))));

        body.Add(FormLayout.Section(t["Recap_Help"]));
        Hint("Recap_HelpHint");
        inputs.Row = t["Recap_Help"];
        body.AddRange(inputs.Text(RecapInputs.HelpCustomer, t["Recap_HelpCustomer"], t["Kickoff_CustomerPlaceholder"]));
        body.AddRange(inputs.LongText(RecapInputs.HelpStuck, t["Recap_HelpStuck"], t["Recap_HelpStuckPlaceholder"], RecapLimits.TextLength));

        body.Add(FormLayout.Section(t["Recap_Tomorrow"]));
        Hint("Recap_TomorrowHint");
        body.AddRange(Rows(t, inputs, RecapInputs.MaxTomorrow, VisibleTomorrowRows, MoreTomorrowId, "Recap_MoreTomorrow", lean,
            row => TomorrowRow(t, inputs, row), row => [RecapInputs.TomorrowCustomer(row)]));

        // Last, because only now does every input have the name the summary calls it by.
        if (form.Problems.Count > 0) body.Insert(summaryAt, FormLayout.ProblemSummary(t, form.Problems, inputs));

        var submit = DayCardButton.For(SubmitVerb, form.IsEdit ? t["Kickoff_SaveChanges"] : t["Recap_Submit"], form.WorkDate, t);

        return new AdaptiveCard
        {
            Body = body,
            Actions = [submit],
            Lang = t.CardLanguage,
            FallbackText = title,
            MsTeams = TeamsCardProperties.FullWidth,
        };
    }

    /// <summary>The first rows, then the rest hidden behind a toggle unless one of them holds something.</summary>
    private static IEnumerable<CardElement> Rows(Texts t, FormInputs inputs, int max, int visible, string moreId, string moreKey, bool lean,
        Func<int, IReadOnlyList<CardElement>> rowOf, Func<int, IEnumerable<string>> idsOf)
    {
        var first = RecapForm.FirstRow;
        for (var row = first; row < first + visible; row++)
        {
            foreach (var element in rowOf(row)) yield return element;
        }

        var more = Enumerable.Range(first + visible, max - visible).ToList();
        var held = more.Where(row => idsOf(row).Any(id => inputs.HasValue(id) || inputs.HasProblem(id))).ToList();
        if (lean)
        {
            foreach (var element in held.SelectMany(rowOf)) yield return element;
            yield break;
        }

        var elements = more.SelectMany(rowOf).ToList(); // built first, so their inputs are named for the problem summary
        var showMore = held.Count > 0;
        if (!showMore)
            yield return new ActionSet([new ToggleVisibilityAction([moreId]) { Title = t.Format(moreKey, more[0], more[^1]) }]);
        yield return new Container(elements) { Id = moreId, IsVisible = showMore ? null : false, Spacing = Spacing.Medium };
    }

    /// <summary>
    /// One planned visit. Kept lean (toggles stacked, no more wrappers than the phone layout needs):
    /// eight of these and eight extra rows must leave room in the card for three long texts.
    /// </summary>
    private static IReadOnlyList<CardElement> PlannedRow(Texts t, FormInputs inputs, PlannedVisit visit, int row, string currencyCode)
    {
        inputs.Row = visit.Customer;
        // Incomplete on a done toggle means details on a visit not ticked done.
        inputs.Explain(RecapInputs.PlannedDone(row), FieldProblemKind.Incomplete, t["Recap_Problem_NotDone"]);
        var heading = string.Join(" · ", new[] { visit.Customer, visit.Time?.ToString("HH:mm", CultureInfo.InvariantCulture), t.ClassName(visit.Class) }.OfType<string>());
        return Row(row,
        [
            new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true },
            .. inputs.Toggle(RecapInputs.PlannedDone(row), t["Recap_Done"]),
            .. inputs.Toggle(RecapInputs.PlannedKeyPerson(row), t["Recap_FirstKp"]),
            new ColumnSet(
            [
                new Column(inputs.Choice(RecapInputs.PlannedClass(row), t["Recap_ClassAfter"], ChoiceInputStyle.Compact, AfterChoices(t))) { Width = ColumnWidth.Weighted(1) },
                new Column(inputs.Number(RecapInputs.PlannedAmount(row), t.AmountLabel(currencyCode))) { Width = ColumnWidth.Weighted(1) },
            ]),
        ]);
    }

    private static IReadOnlyList<CardElement> UnplannedRow(Texts t, FormInputs inputs, int row, string currencyCode)
    {
        inputs.Row = t.Format("Recap_UnplannedLabel", row);
        return Row(row,
        [
            .. inputs.Text(RecapInputs.UnplannedCustomer(row), t.Format("Recap_UnplannedLabel", row), null),
            new ColumnSet(
            [
                new Column(inputs.Choice(RecapInputs.UnplannedType(row), t["Recap_Type"], ChoiceInputStyle.Compact,
                    Enum.GetValues<VisitType>().Select(v => new Choice(t.VisitTypeName(v), RecapChoices.Of(v))))) { Width = ColumnWidth.Weighted(1) },
                new Column(inputs.Choice(RecapInputs.UnplannedClass(row), t["Recap_ClassAfter"], ChoiceInputStyle.Compact, AfterChoices(t))) { Width = ColumnWidth.Weighted(1) },
                new Column(inputs.Number(RecapInputs.UnplannedAmount(row), t.AmountLabel(currencyCode))) { Width = ColumnWidth.Weighted(1) },
            ]),
            .. inputs.Toggle(RecapInputs.UnplannedKeyPerson(row), t["Recap_FirstKp"]),
        ]);
    }

    private static IReadOnlyList<CardElement> TomorrowRow(Texts t, FormInputs inputs, int row)
    {
        inputs.Row = t["Recap_Tomorrow"];
        return inputs.Text(RecapInputs.TomorrowCustomer(row), t.Format("Recap_TomorrowLabel", row), null);
    }

    /// <summary>A row's elements straight in the body (a wrapping container per row costs bytes the card cannot spare), set apart from the row above.</summary>
    private static IReadOnlyList<CardElement> Row(int row, IReadOnlyList<CardElement> elements) =>
        [elements[0] with { Separator = row > RecapForm.FirstRow, Spacing = Spacing.Medium }, .. elements.Skip(1)];

    private static IEnumerable<Choice> AfterChoices(Texts t) =>
        Enum.GetValues<ClassAfter>().Select(c => new Choice(t.ClassAfterName(c), RecapChoices.Of(c)));

    private static IEnumerable<string> UnplannedRowIds(int row) =>
    [
        RecapInputs.UnplannedCustomer(row), RecapInputs.UnplannedType(row), RecapInputs.UnplannedClass(row),
        RecapInputs.UnplannedKeyPerson(row), RecapInputs.UnplannedAmount(row),
    ];
}
