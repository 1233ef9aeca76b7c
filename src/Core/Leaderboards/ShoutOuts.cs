using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Leaderboards;

/// <summary>
/// Finds the 标杆时刻 in one recap save (issue 5 "Shout-outs"). Every rule looks at a transition —
/// not true before this save, true after it — so a resubmit or an edit that changes something else
/// tells nothing again; an edit that removes a signing does not take back what was posted.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>First signing of the day: the rep had no signing on the date before, has one now, and no
/// other rep of the team has one on the date. Two reps saving in the same instant may both see none;
/// the Bot's idempotency key (one per team and date) keeps it to one post.</item>
/// <item>Biggest deal of the week so far: the rep's largest deal of the day is strictly bigger than
/// every other deal in the team's week, was not already before this save, and there was an earlier
/// deal to beat (the week's first deal is the first signing's news, not a record).</item>
/// <item>Million club: <see cref="MillionClub.Crossings"/> for month, quarter and year.</item>
/// <item>Streak: the day now meets the valid-new standard and did not before, the day is due, and
/// the run it completes (<see cref="ValidNewStreaks.Length"/>) is a multiple of the streak length
/// (5, 10, 15 … days: a run that keeps going is news again). A run longer than the days the context
/// covers is not told (its length is not known).</item>
/// <item>A conversions: each customer moved up to A (from B or C) that was not already moved to A
/// before this save, matched by customer name.</item>
/// </list>
/// </remarks>
public static class ShoutOuts
{
    public static IReadOnlyList<ShoutOut> Detect(RecapChange change, ShoutOutContext context, ShoutOutRules rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rules.StreakDays);
        var found = new List<ShoutOut>();
        var (member, date, before, after) = (change.MemberId, change.WorkDate, change.Before, change.After);

        if ((before?.Signings ?? 0) == 0 && after.Signings > 0 && !context.AnotherRepSignedToday && change.BiggestDeal is { } first)
            found.Add(new FirstSigningOfDay(member, date, first.Customer, first.SignedAmountMinor));

        var record = context.WeekBiggestDealMinor;
        if (record > 0 && after.BiggestDealMinor > record && (before?.BiggestDealMinor ?? 0) <= record && change.BiggestDeal is { } biggest)
            found.Add(new BiggestDealOfWeek(member, date, biggest.Customer, biggest.SignedAmountMinor, record, context.Week));

        var totalsBefore = context.RepTotals.BeforeDayChange(before?.SignedAmountMinor ?? 0, after.SignedAmountMinor);
        found.AddRange(MillionClub.Crossings(member, date, totalsBefore, context.RepTotals, rules.MillionClubThresholdMinor));

        if (after.MetValidNewStandard && before?.MetValidNewStandard != true)
        {
            var metOn = new Dictionary<DateOnly, bool>(context.MetValidNewOn) { [date] = true };
            var run = ValidNewStreaks.Length(date, context.Calendar, context.Leave, metOn, context.KnownSince);
            if (run is { } days && days > 0 && days % rules.StreakDays == 0)
                found.Add(new ValidNewStreak(member, date, days, rules.ValidNewStandard));
        }

        var movedBefore = change.BeforeVisits.Select(ClassMove.Of).OfType<ClassMove>().Where(m => m.ReachesA).Select(m => m.Customer)
            .ToHashSet(CustomerName.Comparer);
        found.AddRange(change.AfterVisits.Select(ClassMove.Of).OfType<ClassMove>()
            .Where(m => m.ReachesA && movedBefore.Add(m.Customer))
            .Select(m => new AConversion(member, date, m.Customer, m.From)));
        return found;
    }
}
