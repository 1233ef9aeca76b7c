using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.Forms;

/// <summary>
/// The layout the kickoff and the evening forms share: section headings and their hints, the
/// summary of problems at the top, and a "valid new customer" row.
/// </summary>
public static class FormLayout
{
    public static TextBlock Section(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Large };

    /// <summary>The line under a section heading that says how to fill it in.</summary>
    public static TextBlock Hint(string text) =>
        new(text) { IsSubtle = true, Wrap = true, Spacing = Spacing.None, Size = TextSize.Small };

    /// <summary>
    /// How many things to fix, that nothing was saved, and one line per problem naming its input.
    /// Built after the inputs, so each is named as the card shows it.
    /// </summary>
    public static Container ProblemSummary(Texts t, IReadOnlyList<FieldProblem> problems, FormInputs inputs)
    {
        var items = new List<CardElement>
        {
            new TextBlock(problems.Count == 1 ? t["Kickoff_ProblemsOne"] : t.Format("Kickoff_ProblemsMany", problems.Count))
                { Weight = TextWeight.Bolder, Color = TextColor.Attention, Wrap = true },
            new TextBlock(t["Kickoff_ProblemsHint"]) { Wrap = true, Spacing = Spacing.Small },
        };
        items.AddRange(problems.Select(p => new TextBlock(t.Format("Kickoff_ProblemLine", inputs.NameOf(p.InputId), inputs.Message(p.InputId, p.Kind)))
            { Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small }));
        return new Container(items) { Style = ContainerStyle.Attention, Spacing = Spacing.Medium };
    }

    /// <summary>One candidate new customer (<see cref="NewCustomerInputs"/>): the name, then the three tests side by side.</summary>
    public static IReadOnlyList<CardElement> NewCustomerRow(Texts t, FormInputs inputs, int row)
    {
        var label = t.Format("Kickoff_NewCustomerLabel", row);
        inputs.Row = label;
        return
        [
            .. inputs.Text(NewCustomerInputs.Name(row), label, t["Kickoff_NewCustomerPlaceholder"]),
            new ColumnSet(
            [
                new Column(inputs.Toggle(NewCustomerInputs.Need(row), t["Kickoff_Need"])) { Width = ColumnWidth.Stretch },
                new Column(inputs.Toggle(NewCustomerInputs.Budget(row), t["Kickoff_Budget"])) { Width = ColumnWidth.Stretch },
                new Column(inputs.Toggle(NewCustomerInputs.Payer(row), t["Kickoff_Payer"])) { Width = ColumnWidth.Stretch },
            ]) { Spacing = Spacing.None },
        ];
    }
}
