using IronArmy.Core.Leaderboards;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Leaderboards;

/// <summary>November 2026's monthly board for a Monday–Saturday team, October before it.</summary>
internal static class BoardFixture
{
    public static readonly TeamCalendar Calendar = TeamCalendar.Weekly(WorkWeek.MondayToSaturday);
    public static readonly BoardPeriod November = BoardPeriod.MonthOf(new DateOnly(2026, 11, 1));
    public static readonly BoardPeriod October = November.Previous(Calendar);
    public static readonly DateOnly LongAgo = new(2025, 1, 1);

    public static BoardRep Rep(long id, string? name = null, DateOnly? joined = null) => new(id, name ?? $"Rep {id:00}", joined ?? LongAgo);

    /// <summary>Signed amount (and as many visits), shared on <paramref name="days"/> days.</summary>
    public static RepTotals Signed(long id, long amount, int days = 20) => new(id, amount, amount > 0 ? 1 : 0, (int)Math.Min(amount, 1000), 0, 0, days);

    public static IReadOnlyDictionary<long, RepTotals> Totals(params RepTotals[] totals) => totals.ToDictionary(t => t.MemberId);

    public static Board Build(IReadOnlyCollection<BoardRep> reps, IReadOnlyDictionary<long, RepTotals> current, IReadOnlyDictionary<long, RepTotals>? previous = null, int top = 10, BoardMetric metric = BoardMetric.SignedAmount) =>
        Leaderboard.Build(November, October, metric, top, reps, current, previous ?? Totals());
}
