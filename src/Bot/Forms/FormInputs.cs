using System.Globalization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.Forms;

/// <summary>
/// Makes a day form's inputs from the values Core wrote (or the rep sent), remembers what each is
/// called for the summary of problems, and marks the ones with a problem: the input's errorMessage,
/// plus the message under it, because clients show errorMessage only after their own validation
/// fails, never on a card the bot sends back. Shared by the kickoff and the evening cards.
/// </summary>
public sealed class FormInputs(Texts t, IReadOnlyDictionary<string, string> values, IReadOnlyList<FieldProblem> problems)
{
    /// <summary>Customer names longer than this are cut off by the input itself.</summary>
    public const int NameMaxLength = 100;

    private readonly Dictionary<string, FieldProblemKind> _problems = problems
        .GroupBy(p => p.InputId)
        .ToDictionary(g => g.Key, g => g.First().Kind);

    private readonly Dictionary<string, string> _names = [];
    private readonly List<string> _laidOut = [];
    private readonly Dictionary<string, string> _shownAs = [];
    private readonly Dictionary<(string Id, FieldProblemKind Kind), string> _explained = [];

    /// <summary>What the inputs made next belong to ("Month", "Visit 2", a planned customer); prefixes their names in the summary.</summary>
    public string? Row { get; set; }

    /// <summary>Toggle titles wrap on a narrow phone; the evening card leaves them unwrapped to stay one message.</summary>
    public bool WrapToggles { get; init; }

    /// <summary>
    /// The inputs a submit must fill (as Core says), marked required: clients star their labels and
    /// stop a blank submit with the same message the bot would send back.
    /// </summary>
    public IReadOnlySet<string> Required { get; init; } = new HashSet<string>();

    /// <summary>The input holds something: a toggle left off, as a client sends every untouched toggle, holds nothing.</summary>
    public bool HasValue(string id) => Value(id) is { } v && v != ToggleValue.Off;

    public bool HasProblem(string id) => _problems.ContainsKey(id);

    /// <summary>"Visit 2 · Time", "Month · Signed (CNY)": the row, then the field as its label (or, where the label is the row, its placeholder) says.</summary>
    public string NameOf(string id) => _names.TryGetValue(id, out var name) ? name : id;

    /// <summary>Says what a kind of problem means on one input, where the general message would mislead.</summary>
    public void Explain(string id, FieldProblemKind kind, string message) => _explained[(id, kind)] = message;

    public string Message(string id, FieldProblemKind kind) =>
        _explained.TryGetValue((id, kind), out var message) ? message : t[$"Kickoff_Problem_{kind}"];

    public IReadOnlyList<CardElement> Text(string id, string label, string? placeholder) =>
        Marked(new TextInput(id) { Label = label, Placeholder = placeholder, MaxLength = NameMaxLength, Value = Value(id) }, label, placeholder);

    public IReadOnlyList<CardElement> LongText(string id, string label, string placeholder, int maxLength) =>
        Marked(new TextInput(id) { Label = label, Placeholder = placeholder, IsMultiline = true, MaxLength = maxLength, Value = Value(id) }, label, placeholder);

    public IReadOnlyList<CardElement> Number(string id, string label) =>
        Marked(new NumberInput(id)
        {
            Label = label,
            Min = 0,
            Value = double.TryParse(Value(id), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
        }, label);

    /// <summary>A number whose placeholder names it, for a row too narrow for a label above each input.</summary>
    public IReadOnlyList<CardElement> CompactNumber(string id, string placeholder) =>
        Marked(new NumberInput(id)
        {
            Placeholder = placeholder,
            Min = 0,
            Value = double.TryParse(Value(id), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
        }, placeholder);

    public IReadOnlyList<CardElement> Time(string id, string label) =>
        Marked(new TimeInput(id)
        {
            Label = label,
            Value = TimeOnly.TryParseExact(Value(id), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null,
        }, label);

    /// <summary>A date (yyyy-MM-dd, as date inputs send it); <paramref name="min"/> lets the client offer only dates that make sense.</summary>
    public IReadOnlyList<CardElement> Date(string id, string label, DateOnly? min = null) =>
        Marked(new DateInput(id)
        {
            Label = label,
            Min = min,
            Value = DateOnly.TryParseExact(Value(id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        }, label);

    /// <summary>A compact choice shows its label as the placeholder. No default unless the values hold one: an untouched row submits nothing.</summary>
    public IReadOnlyList<CardElement> Choice(string id, string label, ChoiceInputStyle style, IEnumerable<Choice> choices)
    {
        var list = choices.ToList();
        var value = Value(id);
        var input = style == ChoiceInputStyle.Compact
            ? new ChoiceSetInput(id, list) { Style = style, Placeholder = label }
            : new ChoiceSetInput(id, list) { Style = style, Label = label };
        if (list.FirstOrDefault(c => c.Value == value) is { } chosen) _shownAs[id] = chosen.Title;
        return Marked(input with { Value = list.Any(c => c.Value == value) ? value : null }, label);
    }

    public IReadOnlyList<CardElement> Toggle(string id, string title)
    {
        if (Value(id) == ToggleValue.On) _shownAs[id] = t["Form_Ticked"];
        return Marked(new ToggleInput(id, title)
        {
            // Unchecked is the default (off), so only a check is written.
            Value = Value(id) == ToggleValue.On ? ToggleValue.On : null,
            Wrap = WrapToggles,
        }, title);
    }

    /// <summary>
    /// Every value these inputs were given, as a person reads it, in the order the card lays the
    /// inputs out: each under its name, as sent (a known choice by its title, a ticked toggle as
    /// ticked; an unticked one says nothing). Values for ids the card has no input for come last under
    /// their ids, so nothing sent is left out. For a form that can no longer be saved (<see cref="KeptWordsCard"/>).
    /// </summary>
    public IReadOnlyList<(string Name, string Value)> Words()
    {
        var words = new List<(string, string)>();
        foreach (var id in _laidOut.Concat(values.Keys.Where(k => !_names.ContainsKey(k)).Order(StringComparer.Ordinal)))
        {
            if (Value(id) is not { } value || value == ToggleValue.Off) continue;
            words.Add((NameOf(id), _shownAs.TryGetValue(id, out var shown) ? shown : value));
        }

        return words;
    }
    private string? Value(string id) => values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    private IReadOnlyList<CardElement> Marked(CardInput input, string label, string? placeholder = null)
    {
        var name = label == Row ? placeholder ?? label : label;
        if (!_names.ContainsKey(input.Id!)) _laidOut.Add(input.Id!);
        _names[input.Id!] = Row is null || Row == name ? name : t.Format("Kickoff_FieldOf", Row, name);
        if (Required.Contains(input.Id!)) input = input with { IsRequired = true, ErrorMessage = Message(input.Id!, FieldProblemKind.Required) };
        if (!_problems.TryGetValue(input.Id!, out var kind)) return [input];
        var message = Message(input.Id!, kind);
        return
        [
            input with { ErrorMessage = message },
            new TextBlock(message) { Color = TextColor.Attention, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None },
        ];
    }
}
