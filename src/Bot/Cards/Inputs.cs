namespace IronArmy.Bot.Cards;

/// <summary>
/// What every input shares. The id is required: it is the key of the input's value in the
/// invoke's <c>action.data</c> (Action.Execute) or the message's <c>value</c> (Action.Submit).
/// </summary>
public abstract record CardInput : CardElement
{
    protected CardInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string? Label { get; init; }
    public bool IsRequired { get; init; }

    /// <summary>Shown when <see cref="IsRequired"/> or a constraint fails; clients validate only when set.</summary>
    public string? ErrorMessage { get; init; }
}

public sealed record TextInput(string Id) : CardInput(Id)
{
    public string? Placeholder { get; init; }
    public bool IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Regex { get; init; }
    public TextInputStyle? Style { get; init; }
    public string? Value { get; init; }
}

public sealed record NumberInput(string Id) : CardInput(Id)
{
    public string? Placeholder { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public double? Value { get; init; }
}

/// <summary>A date picker; values travel as yyyy-MM-dd.</summary>
public sealed record DateInput(string Id) : CardInput(Id)
{
    public string? Placeholder { get; init; }
    public DateOnly? Min { get; init; }
    public DateOnly? Max { get; init; }
    public DateOnly? Value { get; init; }
}

/// <summary>A time picker; values travel as HH:mm (see <see cref="CardJson"/>).</summary>
public sealed record TimeInput(string Id) : CardInput(Id)
{
    public string? Placeholder { get; init; }
    public TimeOnly? Min { get; init; }
    public TimeOnly? Max { get; init; }
    public TimeOnly? Value { get; init; }
}

/// <summary>A checkbox. Its value is the string <see cref="ValueOn"/> or <see cref="ValueOff"/>
/// ("true"/"false" unless set).</summary>
public sealed record ToggleInput(string Id, string Title) : CardInput(Id)
{
    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
    public bool Wrap { get; init; }
}

/// <summary>A drop-down (compact) or radio/checkbox list (expanded). A multi-select value is
/// the chosen values joined by commas.</summary>
public sealed record ChoiceSetInput(string Id, IReadOnlyList<Choice> Choices) : CardInput(Id)
{
    public ChoiceInputStyle? Style { get; init; }
    public bool IsMultiSelect { get; init; }
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool Wrap { get; init; }
}

public sealed record Choice(string Title, string Value);
