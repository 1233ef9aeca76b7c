using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.EveningShare;

/// <summary>Builds reps' evenings for the digest rule tests: a day of N visits, with moves, signings, a vent, a win or a help request as asked.</summary>
internal static class EveningFixture
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static VisitFact Visit(CustomerClass? before, ClassAfter after, long amount = 0, VisitType type = VisitType.FollowUp, string? customer = null) =>
        new(customer ?? Guid.NewGuid().ToString("N"), type, before, after, true, amount, true);

    /// <summary><paramref name="visits"/> plain visits (new customers left at C), plus the given ones.</summary>
    public static RepDay Day(int visits, int validNew = 3, DateOnly? date = null, params VisitFact[] extra) =>
        RepDay.Of(
            date ?? Today,
            8,
            Enumerable.Range(0, visits).Select(_ => Visit(CustomerClass.New, ClassAfter.C, type: VisitType.New)).Concat(extra).ToList(),
            validNew,
            VisitStandard.Default);

    /// <summary>A day that meets the whole standard: 4 new, 2 follow-up (A and B), 2 closing (B and C), 3 valid new.</summary>
    public static RepDay StandardDay(DateOnly? date = null, params VisitFact[] extra) =>
        Day(4, 3, date,
        [
            Visit(CustomerClass.A, ClassAfter.A),
            Visit(CustomerClass.B, ClassAfter.B),
            Visit(CustomerClass.B, ClassAfter.B, type: VisitType.Closing),
            Visit(CustomerClass.C, ClassAfter.C, type: VisitType.Closing),
            .. extra,
        ]);

    public static Recap Recap(Vent? vent = null, Win? win = null, HelpRequest? help = null) => new([], [], [], vent, win, help, []);

    public static RepEvening Rep(string id, RepDay day, Vent? vent = null, Win? win = null, HelpRequest? help = null) =>
        RepEvening.Shared(id, "Name of " + id, day, Recap(vent, win, help));
}
