using IronArmy.Bot.Cards;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The team channel's morning board: each submitted rep's commitments and who is still missing.
/// The card puts both lists in name order itself; callers need not sort.
/// </summary>
/// <param name="UpdatedAt">When a later submission last updated the board, team local time; null on the first post.</param>
public sealed record MorningBoard(string TeamName, DateOnly WorkDate, IReadOnlyList<BoardRow> Plans, IReadOnlyList<string> Waiting)
{
    public TimeOnly? UpdatedAt { get; init; }
}

/// <summary>One rep's line on the board.</summary>
public sealed record BoardRow(string Name, int Visits, int ACustomers, int ValidNewCustomers)
{
    public static BoardRow Of(string name, KickoffPlan plan) => new(name, plan.Visits.Count, plan.ACustomers, plan.ValidNewCustomers);
}
