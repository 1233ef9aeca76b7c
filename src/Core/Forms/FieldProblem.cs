namespace IronArmy.Core.Forms;

/// <summary>One thing wrong with one input of a submitted card; the card marks it in the user's language.</summary>
public sealed record FieldProblem(string InputId, FieldProblemKind Kind);

public enum FieldProblemKind
{
    Required,
    NotAWholeNumber,
    OutOfRange,
    NotAnAmount,
    NotATime,
    TooLong,
    UnknownChoice,
    /// <summary>A row with details but no customer (on the recap's planned visits: details on a visit not ticked done).</summary>
    Incomplete,
    Duplicate,

    /// <summary>Not a date (yyyy-MM-dd, as a date input sends it).</summary>
    NotADate,

    /// <summary>A date before today, where only today or later makes sense (a follow-up).</summary>
    InThePast,
}
