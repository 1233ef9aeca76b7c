using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Cards;
using System.Globalization;
using System.Text.Json.Nodes;
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
        var card = Build(t, form, lean: false);
        return CardJson.Utf8Size(card) <= CardJson.MaxCardBytes ? card : Build(t, form, lean: true);
    }

    private static AdaptiveCard Build(Texts t, RecapFormView form, bool lean)
    {
        var values = form.Entered
            ?? (form.Saved is { } saved ? RecapForm.Values(saved, RecapLimits.For(form.CurrencyCode)) : RecapForm.Prefill(form.Plan));
        var fields = new Fields(t, values, form.Problems);
        var title = t.Format("Recap_Title", t.LocalDate(form.WorkDate));

        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (!lean) body.Add(new TextBlock(t["Recap_Intro"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        void Hint(string key)
        {
            if (!lean) body.Add(new TextBlock(t[key]) { IsSubtle = true, Wrap = true, Spacing = Spacing.None, Size = TextSize.Small });
        }

        var summaryAt = body.Count;

        body.Add(Section(t["Recap_Planned"]));
        if (form.Plan.Count == 0)
            body.Add(new TextBlock(t["Recap_NoPlan"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        for (var i = 0; i < form.Plan.Count; i++) body.AddRange(PlannedRow(t, fields, form.Plan[i], RecapForm.FirstRow + i, form.CurrencyCode));

        body.Add(Section(t["Recap_Unplanned"]));
        Hint("Recap_UnplannedHint");
        body.AddRange(Rows(t, fields, RecapInputs.MaxUnplannedVisits, VisibleUnplannedRows, MoreUnplannedId, "Recap_MoreUnplanned", lean,
            row => UnplannedRow(t, fields, row, form.CurrencyCode), UnplannedRowIds));

        body.Add(Section(t["Recap_NewCustomers"]));
        Hint("Recap_NewCustomersHint");
        for (var row = RecapForm.FirstRow; row < RecapForm.FirstRow + NewCustomerInputs.MaxRows; row++) body.AddRange(NewCustomerRow(t, fields, row));

        body.Add(Section(t["Recap_Vent"]));
        Hint("Recap_VentHint");
        fields.Row = t["Recap_Vent"];
        body.AddRange(fields.LongText(RecapInputs.VentText, t["Recap_VentLabel"], t["Recap_VentPlaceholder"]));
        body.AddRange(fields.Choice(RecapInputs.VentVisibility, t["Recap_Visibility"], ChoiceInputStyle.Expanded,
            Enum.GetValues<VentVisibility>().Select(v => new Choice(t.VentVisibilityName(v), RecapChoices.Of(v)))));

        body.Add(Section(t["Recap_Win"]));
        Hint("Recap_WinHint");
        fields.Row = t["Recap_Win"];
        body.AddRange(fields.LongText(RecapInputs.WinText, t["Recap_WinLabel"], t["Recap_WinPlaceholder"]));
        body.AddRange(fields.Choice(RecapInputs.WinVisibility, t["Recap_Visibility"], ChoiceInputStyle.Expanded,
            Enum.GetValues<WinVisibility>().Select(v => new Choice(t.WinVisibilityName(v), RecapChoices.Of(v)))));

        body.Add(Section(t["Recap_Help"]));
        Hint("Recap_HelpHint");
        fields.Row = t["Recap_Help"];
        body.AddRange(fields.Text(RecapInputs.HelpCustomer, t["Recap_HelpCustomer"], t["Kickoff_CustomerPlaceholder"]));
        body.AddRange(fields.LongText(RecapInputs.HelpStuck, t["Recap_HelpStuck"], t["Recap_HelpStuckPlaceholder"]));

        body.Add(Section(t["Recap_Tomorrow"]));
        Hint("Recap_TomorrowHint");
        body.AddRange(Rows(t, fields, RecapInputs.MaxTomorrow, VisibleTomorrowRows, MoreTomorrowId, "Recap_MoreTomorrow", lean,
            row => TomorrowRow(t, fields, row), row => [RecapInputs.TomorrowCustomer(row)]));

        // Last, because only now does every input have the name the summary calls it by.
        if (form.Problems.Count > 0) body.Insert(summaryAt, ProblemSummary(t, form.Problems, fields));

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

    private static TextBlock Section(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Large };

    /// <summary>The first rows, then the rest hidden behind a toggle unless one of them holds something.</summary>
    private static IEnumerable<CardElement> Rows(Texts t, Fields fields, int max, int visible, string moreId, string moreKey, bool lean,
        Func<int, IReadOnlyList<CardElement>> rowOf, Func<int, IEnumerable<string>> idsOf)
    {
        var first = RecapForm.FirstRow;
        for (var row = first; row < first + visible; row++)
        {
            foreach (var element in rowOf(row)) yield return element;
        }

        var more = Enumerable.Range(first + visible, max - visible).ToList();
        var held = more.Where(row => idsOf(row).Any(id => fields.HasValue(id) || fields.HasProblem(id))).ToList();
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
    private static IReadOnlyList<CardElement> PlannedRow(Texts t, Fields fields, PlannedVisit visit, int row, string currencyCode)
    {
        fields.Row = visit.Customer;
        fields.NotDoneHint(RecapInputs.PlannedDone(row));
        var heading = string.Join(" · ", new[] { visit.Customer, visit.Time?.ToString("HH:mm", CultureInfo.InvariantCulture), t.ClassName(visit.Class) }.OfType<string>());
        return Row(row,
        [
            new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true },
            .. fields.Toggle(RecapInputs.PlannedDone(row), t["Recap_Done"]),
            .. fields.Toggle(RecapInputs.PlannedKeyPerson(row), t["Recap_FirstKp"]),
            new ColumnSet(
            [
                new Column(fields.Choice(RecapInputs.PlannedClass(row), t["Recap_ClassAfter"], ChoiceInputStyle.Compact, AfterChoices(t))) { Width = ColumnWidth.Weighted(1) },
                new Column(fields.Number(RecapInputs.PlannedAmount(row), t.AmountLabel(currencyCode))) { Width = ColumnWidth.Weighted(1) },
            ]),
        ]);
    }

    private static IReadOnlyList<CardElement> UnplannedRow(Texts t, Fields fields, int row, string currencyCode)
    {
        fields.Row = t.Format("Recap_UnplannedLabel", row);
        return Row(row,
        [
            .. fields.Text(RecapInputs.UnplannedCustomer(row), t.Format("Recap_UnplannedLabel", row), null),
            new ColumnSet(
            [
                new Column(fields.Choice(RecapInputs.UnplannedType(row), t["Recap_Type"], ChoiceInputStyle.Compact,
                    Enum.GetValues<VisitType>().Select(v => new Choice(t.VisitTypeName(v), RecapChoices.Of(v))))) { Width = ColumnWidth.Weighted(1) },
                new Column(fields.Choice(RecapInputs.UnplannedClass(row), t["Recap_ClassAfter"], ChoiceInputStyle.Compact, AfterChoices(t))) { Width = ColumnWidth.Weighted(1) },
                new Column(fields.Number(RecapInputs.UnplannedAmount(row), t.AmountLabel(currencyCode))) { Width = ColumnWidth.Weighted(1) },
            ]),
            .. fields.Toggle(RecapInputs.UnplannedKeyPerson(row), t["Recap_FirstKp"]),
        ]);
    }

    private static IReadOnlyList<CardElement> NewCustomerRow(Texts t, Fields fields, int row)
    {
        fields.Row = t.Format("Kickoff_NewCustomerLabel", row);
        return Row(row,
        [
            .. fields.Text(NewCustomerInputs.Name(row), t.Format("Kickoff_NewCustomerLabel", row), t["Kickoff_NewCustomerPlaceholder"]),
            new ColumnSet(
            [
                new Column(fields.Toggle(NewCustomerInputs.Need(row), t["Kickoff_Need"])) { Width = ColumnWidth.Stretch },
                new Column(fields.Toggle(NewCustomerInputs.Budget(row), t["Kickoff_Budget"])) { Width = ColumnWidth.Stretch },
                new Column(fields.Toggle(NewCustomerInputs.Payer(row), t["Kickoff_Payer"])) { Width = ColumnWidth.Stretch },
            ]) { Spacing = Spacing.None },
        ]);
    }

    private static IReadOnlyList<CardElement> TomorrowRow(Texts t, Fields fields, int row)
    {
        fields.Row = t["Recap_Tomorrow"];
        return fields.Text(RecapInputs.TomorrowCustomer(row), t.Format("Recap_TomorrowLabel", row), null);
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

    private static Container ProblemSummary(Texts t, IReadOnlyList<FieldProblem> problems, Fields fields)
    {
        var items = new List<CardElement>
        {
            new TextBlock(problems.Count == 1 ? t["Kickoff_ProblemsOne"] : t.Format("Kickoff_ProblemsMany", problems.Count))
                { Weight = TextWeight.Bolder, Color = TextColor.Attention, Wrap = true },
            new TextBlock(t["Kickoff_ProblemsHint"]) { Wrap = true, Spacing = Spacing.Small },
        };
        items.AddRange(problems.Select(p => new TextBlock(t.Format("Kickoff_ProblemLine", fields.NameOf(p.InputId), fields.Message(p.InputId, p.Kind)))
            { Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small }));
        return new Container(items) { Style = ContainerStyle.Attention, Spacing = Spacing.Medium };
    }

    /// <summary>
    /// Makes the form's inputs from the values to show, remembers what each is called for the
    /// problem summary, and marks the ones with a problem (errorMessage plus a message under it,
    /// because clients show errorMessage only after their own validation fails).
    /// </summary>
    private sealed class Fields(Texts t, IReadOnlyDictionary<string, string> values, IReadOnlyList<FieldProblem> problems)
    {
        private readonly Dictionary<string, FieldProblemKind> _problems = problems
            .GroupBy(p => p.InputId)
            .ToDictionary(g => g.Key, g => g.First().Kind);

        private readonly Dictionary<string, string> _names = [];
        private readonly HashSet<string> _doneToggles = [];

        /// <summary>What the inputs made next belong to ("Visit 2", a planned customer); prefixes their names in the summary.</summary>
        public string? Row { get; set; }

        public bool HasValue(string id) => Value(id) is not null;

        public bool HasProblem(string id) => _problems.ContainsKey(id);

        public string NameOf(string id) => _names.TryGetValue(id, out var name) ? name : id;

        /// <summary>On a planned visit's done toggle, Incomplete means details on a visit not ticked done.</summary>
        public void NotDoneHint(string doneId) => _doneToggles.Add(doneId);

        public string Message(string id, FieldProblemKind kind) =>
            kind == FieldProblemKind.Incomplete && _doneToggles.Contains(id) ? t["Recap_Problem_NotDone"] : t.ProblemMessage(kind);

        public IReadOnlyList<CardElement> Text(string id, string label, string? placeholder) =>
            Marked(new TextInput(id) { Label = label, Placeholder = placeholder, MaxLength = KickoffCard.NameMaxLength, Value = Value(id) }, label);

        public IReadOnlyList<CardElement> LongText(string id, string label, string placeholder) =>
            Marked(new TextInput(id) { Label = label, Placeholder = placeholder, IsMultiline = true, MaxLength = RecapLimits.TextLength, Value = Value(id) }, label);

        public IReadOnlyList<CardElement> Number(string id, string label) =>
            Marked(new NumberInput(id)
            {
                Label = label,
                Min = 0,
                Value = double.TryParse(Value(id), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
            }, label);

        /// <summary>No default unless the values hold one: an untouched row submits nothing.</summary>
        public IReadOnlyList<CardElement> Choice(string id, string label, ChoiceInputStyle style, IEnumerable<Choice> choices)
        {
            var list = choices.ToList();
            var value = Value(id);
            var input = style == ChoiceInputStyle.Compact
                ? new ChoiceSetInput(id, list) { Style = style, Placeholder = label }
                : new ChoiceSetInput(id, list) { Style = style, Label = label };
            return Marked(input with { Value = list.Any(c => c.Value == value) ? value : null }, label);
        }

        public IReadOnlyList<CardElement> Toggle(string id, string title) =>
            Marked(new ToggleInput(id, title)
            {
                // Unchecked is the default ("false"), so only a check is written.
                Value = Value(id) == ToggleValue.On ? ToggleValue.On : null,
            }, title);

        private string? Value(string id) => values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

        private IReadOnlyList<CardElement> Marked(CardInput input, string name)
        {
            _names[input.Id!] = Row is null || Row == name ? name : t.Format("Kickoff_FieldOf", Row, name);
            if (!_problems.TryGetValue(input.Id!, out var kind)) return [input];
            var message = Message(input.Id!, kind);
            return
            [
                input with { ErrorMessage = message },
                new TextBlock(message) { Color = TextColor.Attention, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None },
            ];
        }
    }
}
