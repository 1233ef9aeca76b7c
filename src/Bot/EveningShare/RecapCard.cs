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
/// few questions and pre-fills what the morning said (the plan as kept, its candidate new customers),
/// so it never turns into a daily-report form. Laid out for a phone: a planned visit is two lines,
/// and unused rows stay hidden (not in a ShowCard, so values always submit) behind one "add" button
/// per list that reveals one row a tap — also after a refused submit, where every untouched toggle
/// comes back switched off.
/// </summary>
public static class RecapCard
{
    public const string SubmitVerb = "recap.submit";
    public const string WorkDateKey = DayCardButton.WorkDateKey;
    public const string LanguageKey = DayCardButton.LanguageKey;

    /// <summary>The lists whose unused rows are hidden, by the prefix of their element ids.</summary>
    public const string UnplannedList = "recap.unplanned";
    public const string NewCustomerList = "recap.newcustomer";
    public const string TomorrowList = "recap.tomorrow";

    /// <summary>The help request's inputs, hidden until asked for, and the button that shows them; element ids.</summary>
    public const string HelpId = "recap.help";
    public const string AddHelpId = "recap.help.add";

    /// <summary>The element holding a hidden row of a list; an element id, never an input id.</summary>
    public static string RowId(string list, int row) => $"{list}.{row.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The "add" button that reveals that row (and the next row's button).</summary>
    public static string AddId(string list, int row) => $"{list}.{row.ToString(CultureInfo.InvariantCulture)}.add";

    /// <summary>
    /// The form; when a rep has filled nearly every row and written long texts, the card drops its
    /// hints and the unused rows (blank rows submit nothing anyway) to stay one Teams message.
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
        body.AddRange(Rows(t, inputs, UnplannedList, RecapInputs.MaxUnplannedVisits, "Recap_AddUnplanned", lean,
            row => UnplannedRow(t, inputs, row, form.CurrencyCode), UnplannedRowIds));

        body.Add(FormLayout.Section(t["Recap_NewCustomers"]));
        Hint("Recap_NewCustomersHint");
        body.AddRange(Rows(t, inputs, NewCustomerList, NewCustomerInputs.MaxRows, "Recap_AddNewCustomer", lean,
            row => Row(row, FormLayout.NewCustomerRow(t, inputs, row)), NewCustomerRowIds));

        body.Add(FormLayout.Section(t["Recap_Vent"]));
        Hint("Recap_VentHint");
        inputs.Row = t["Recap_Vent"];
        body.AddRange(inputs.LongText(RecapInputs.VentText, t["Recap_VentLabel"], t["Recap_VentPlaceholder"], RecapLimits.TextLength));
        // Compact: the choice made (manager only, by default) still reads in the box.
        body.AddRange(inputs.Choice(RecapInputs.VentVisibility, t["Recap_Visibility"], ChoiceInputStyle.Compact,
            Enum.GetValues<VentVisibility>().Select(v => new Choice(t.VentVisibilityName(v), RecapChoices.Of(v)))));

        body.Add(FormLayout.Section(t["Recap_Win"]));
        Hint("Recap_WinHint");
        inputs.Row = t["Recap_Win"];
        body.AddRange(inputs.LongText(RecapInputs.WinText, t["Recap_WinLabel"], t["Recap_WinPlaceholder"], RecapLimits.TextLength));
        body.AddRange(inputs.Choice(RecapInputs.WinVisibility, t["Recap_Visibility"], ChoiceInputStyle.Compact,
            Enum.GetValues<WinVisibility>().Select(v => new Choice(t.WinVisibilityName(v), RecapChoices.Of(v)))));

        body.Add(FormLayout.Section(t["Recap_Help"]));
        Hint("Recap_HelpHint");
        inputs.Row = t["Recap_Help"];
        List<CardElement> help =
        [
            .. inputs.Text(RecapInputs.HelpCustomer, t["Recap_HelpCustomer"], t["Kickoff_CustomerPlaceholder"]),
            .. inputs.LongText(RecapInputs.HelpStuck, t["Recap_HelpStuck"], t["Recap_HelpStuckPlaceholder"], RecapLimits.TextLength),
        ];
        // Most evenings ask for none: the request opens with one tap, as the rows do.
        if (lean || new[] { RecapInputs.HelpCustomer, RecapInputs.HelpStuck }.Any(id => inputs.HasValue(id) || inputs.HasProblem(id)))
        {
            body.AddRange(help);
        }
        else
        {
            body.Add(new ActionSet([new ToggleVisibilityAction([HelpId, AddHelpId]) { Title = t["Recap_AddHelp"] }]) { Id = AddHelpId, Spacing = Spacing.Small });
            body.Add(new Container(help) { Id = HelpId, IsVisible = false, Spacing = Spacing.None });
        }

        body.Add(FormLayout.Section(t["Recap_Tomorrow"]));
        Hint("Recap_TomorrowHint");
        body.AddRange(Rows(t, inputs, TomorrowList, RecapInputs.MaxTomorrow, "Recap_AddTomorrow", lean,
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

    /// <summary>
    /// A list's rows up to the last one holding something (a value, or a problem), then the unused
    /// ones hidden, each behind an "add" button that shows the row and the next button: one tap a
    /// row. In a lean card the unused rows are left out.
    /// </summary>
    private static IEnumerable<CardElement> Rows(Texts t, FormInputs inputs, string list, int max, string addKey, bool lean,
        Func<int, IReadOnlyList<CardElement>> rowOf, Func<int, IEnumerable<string>> idsOf)
    {
        var first = RecapForm.FirstRow;
        var rows = Enumerable.Range(first, max).ToList();
        var shown = rows.LastOrDefault(row => idsOf(row).Any(id => inputs.HasValue(id) || inputs.HasProblem(id)), first - 1);
        foreach (var row in rows.Where(r => r <= shown))
        {
            foreach (var element in rowOf(row)) yield return element;
        }

        if (lean) yield break;
        foreach (var row in rows.Where(r => r > shown))
        {
            var reveals = new List<string> { RowId(list, row), AddId(list, row) };
            if (row < rows[^1]) reveals.Add(AddId(list, row + 1));
            yield return new ActionSet([new ToggleVisibilityAction(reveals) { Title = t[addKey] }])
            {
                Id = AddId(list, row),
                IsVisible = row == shown + 1 ? null : false,
                Spacing = Spacing.Small,
            };
            yield return new Container(rowOf(row)) { Id = RowId(list, row), IsVisible = false, Spacing = Spacing.None };
        }
    }

    /// <summary>
    /// One planned visit in two lines: "done" is ticking the visit itself, then whether the first KP
    /// was reached, the class after and what was signed side by side. Kept lean (no more wrappers
    /// than the phone layout needs): eight of these and eight extra rows must leave room in the card
    /// for three long texts.
    /// </summary>
    private static IReadOnlyList<CardElement> PlannedRow(Texts t, FormInputs inputs, PlannedVisit visit, int row, string currencyCode)
    {
        inputs.Row = visit.Customer;
        // Incomplete on a done toggle means details on a visit not ticked done.
        inputs.Explain(RecapInputs.PlannedDone(row), FieldProblemKind.Incomplete, t["Recap_Problem_NotDone"]);
        var heading = string.Join(" · ", new[] { visit.Customer, visit.Time?.ToString("HH:mm", CultureInfo.InvariantCulture), t.ClassName(visit.Class) }.OfType<string>());
        return Row(row,
        [
            .. inputs.Toggle(RecapInputs.PlannedDone(row), heading),
            new ColumnSet(
            [
                new Column(inputs.Toggle(RecapInputs.PlannedKeyPerson(row), t["Recap_FirstKp"])) { Width = ColumnWidth.Weighted(2), VerticalContentAlignment = VerticalContentAlignment.Center },
                new Column(inputs.Choice(RecapInputs.PlannedClass(row), t["Recap_ClassAfter"], ChoiceInputStyle.Compact, AfterChoices(t))) { Width = ColumnWidth.Weighted(3) },
                new Column(inputs.CompactNumber(RecapInputs.PlannedAmount(row), t.AmountLabel(currencyCode))) { Width = ColumnWidth.Weighted(3) },
            ]) { Spacing = Spacing.Small },
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
                new Column(inputs.CompactNumber(RecapInputs.UnplannedAmount(row), t.AmountLabel(currencyCode))) { Width = ColumnWidth.Weighted(1) },
            ]) { Spacing = Spacing.Small },
            // On a line of its own: beside the name it would cost every row's wrappers, bytes the full card cannot spare.
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

    private static IEnumerable<string> NewCustomerRowIds(int row) =>
        [NewCustomerInputs.Name(row), NewCustomerInputs.Need(row), NewCustomerInputs.Budget(row), NewCustomerInputs.Payer(row)];

    private static IEnumerable<string> UnplannedRowIds(int row) =>
    [
        RecapInputs.UnplannedCustomer(row), RecapInputs.UnplannedType(row), RecapInputs.UnplannedClass(row),
        RecapInputs.UnplannedKeyPerson(row), RecapInputs.UnplannedAmount(row),
    ];
}
