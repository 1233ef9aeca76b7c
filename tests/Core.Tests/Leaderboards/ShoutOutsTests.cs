using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Leaderboards;

public class ShoutOutsTests
{
    // Thursday 2026-11-26; the Monday–Saturday team's week is 23–29 November.
    private static readonly DateOnly Thursday = new(2026, 11, 26);
    private static readonly TeamCalendar Calendar = TeamCalendar.Weekly(WorkWeek.MondayToSaturday);
    private static readonly BoardPeriod Week = BoardPeriod.WeekOf(Thursday, WorkWeek.MondayToSaturday);
    private static readonly ShoutOutRules Rules = new(1_000_000_00, 5, 3);

    private static VisitFact Signed(string customer, long amount) => new(customer, VisitType.Closing, CustomerClass.A, ClassAfter.Signed, true, amount, true);

    private static VisitFact Move(string customer, CustomerClass from, ClassAfter to) => new(customer, VisitType.FollowUp, from, to, true, 0, true);

    private static VisitFact Plain(string customer) => new(customer, VisitType.New, CustomerClass.New, ClassAfter.C, false, 0, true);

    private static RecapChange Change(IReadOnlyList<VisitFact>? before, IReadOnlyList<VisitFact> after, int validNewBefore = 0, int validNewAfter = 0, DateOnly? date = null)
    {
        var day = date ?? Thursday;
        return new RecapChange(
            7,
            day,
            before is null ? null : RepDayTally.Of(day, before, validNewBefore, VisitStandard.Default),
            before ?? [],
            RepDayTally.Of(day, after, validNewAfter, VisitStandard.Default),
            after);
    }

    private static ShoutOutContext Context(
        bool anotherSigned = false,
        long weekBiggest = 0,
        ClubTotals? totals = null,
        IReadOnlyDictionary<DateOnly, bool>? met = null,
        IReadOnlyCollection<DateRange>? leave = null,
        TeamCalendar? calendar = null) =>
        new(anotherSigned, weekBiggest, Week, totals ?? new ClubTotals(0, 0, 0), calendar ?? Calendar, leave ?? [], met ?? new Dictionary<DateOnly, bool>(), Thursday.AddDays(-60));

    private static IReadOnlyList<ShoutOut> Detect(RecapChange change, ShoutOutContext context) => ShoutOuts.Detect(change, context, Rules);

    // The totals after a save of one day's amount, with the rest of the period already at `others`.
    private static ClubTotals After(long others, RecapChange change) => new(others + change.After.SignedAmountMinor, others + change.After.SignedAmountMinor, others + change.After.SignedAmountMinor);

    [Fact]
    public void The_first_signing_of_the_team_s_day_names_the_rep_the_customer_and_the_largest_amount()
    {
        var change = Change(null, [Plain("x"), Signed("Hangzhou Steel", 12_000_00), Signed("Jinhua Tools", 30_000_00)]);

        var first = Assert.IsType<FirstSigningOfDay>(Assert.Single(Detect(change, Context())));

        Assert.Equal(new FirstSigningOfDay(7, Thursday, "Jinhua Tools", 30_000_00), first);
    }

    [Fact]
    public void It_is_not_first_when_another_rep_signed_today_or_when_this_rep_had_already_signed()
    {
        Assert.Empty(Detect(Change(null, [Signed("A", 100)]), Context(anotherSigned: true)));
        Assert.Empty(Detect(Change([Signed("A", 100)], [Signed("A", 100), Signed("B", 200)]), Context()));
        Assert.Empty(Detect(Change(null, [Plain("x")]), Context()));
    }

    [Fact]
    public void An_edit_that_adds_the_first_signing_is_first()
    {
        var change = Change([Plain("x")], [Plain("x"), Signed("B", 200)]);

        Assert.IsType<FirstSigningOfDay>(Assert.Single(Detect(change, Context())));
    }

    [Fact]
    public void The_biggest_deal_of_the_week_must_be_strictly_bigger_than_every_earlier_one()
    {
        var bigger = Detect(Change(null, [Signed("Ningbo Port", 50_000_01)]), Context(anotherSigned: true, weekBiggest: 50_000_00));
        var equal = Detect(Change(null, [Signed("Ningbo Port", 50_000_00)]), Context(anotherSigned: true, weekBiggest: 50_000_00));

        var deal = Assert.IsType<BiggestDealOfWeek>(Assert.Single(bigger));
        Assert.Equal(new BiggestDealOfWeek(7, Thursday, "Ningbo Port", 50_000_01, 50_000_00, Week), deal);
        Assert.Empty(equal);
    }

    [Fact]
    public void The_week_s_first_deal_is_no_record_and_a_record_kept_through_an_edit_is_not_told_again()
    {
        Assert.DoesNotContain(Detect(Change(null, [Signed("A", 900)]), Context(weekBiggest: 0)), s => s is BiggestDealOfWeek);

        var raised = Change([Signed("A", 900)], [Signed("A", 1_200)]);
        Assert.Empty(Detect(raised, Context(anotherSigned: true, weekBiggest: 500)));

        var overtaken = Change([Signed("A", 400)], [Signed("A", 600)]);
        Assert.IsType<BiggestDealOfWeek>(Assert.Single(Detect(overtaken, Context(anotherSigned: true, weekBiggest: 500))));
    }

    [Fact]
    public void Crossing_the_threshold_exactly_counts_and_being_there_already_does_not()
    {
        var exactly = Change(null, [Signed("A", 100_000_00)]);
        var crossing = Detect(exactly, Context(anotherSigned: true, totals: new ClubTotals(1_000_000_00, 1_500_000_00, 3_000_000_00)));

        var month = Assert.IsType<MillionClubCrossing>(Assert.Single(crossing));
        Assert.Equal(new MillionClubCrossing(7, Thursday, ClubPeriod.Month, new DateOnly(2026, 11, 1), 1_000_000_00, 1_000_000_00), month);

        // Exactly at the threshold before an edit that adds 100: already a member, not a crossing.
        var alreadyIn = Change([Signed("A", 100)], [Signed("A", 200)]);
        Assert.Empty(Detect(alreadyIn, Context(anotherSigned: true, totals: new ClubTotals(1_000_000_00 + 100, 1_000_000_00 + 100, 1_000_000_00 + 100))));

        var justShort = Change(null, [Signed("A", 100_000_00)]);
        Assert.Empty(Detect(justShort, Context(anotherSigned: true, totals: After(899_999_99, justShort))));
    }

    [Fact]
    public void Month_quarter_and_year_can_be_crossed_by_one_deal()
    {
        var change = Change(null, [Signed("Big", 2_000_000_00)]);

        var crossings = Detect(change, Context(anotherSigned: true, totals: After(0, change))).OfType<MillionClubCrossing>().ToList();

        Assert.Equal([ClubPeriod.Month, ClubPeriod.Quarter, ClubPeriod.Year], crossings.Select(c => c.Period));
        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 10, 1), new DateOnly(2026, 1, 1)], crossings.Select(c => c.PeriodStart));
    }

    [Fact]
    public void An_edit_lowering_the_amount_below_the_threshold_is_no_crossing()
    {
        var lowered = Change([Signed("A", 300)], [Signed("A", 100)]);

        Assert.Empty(Detect(lowered, Context(anotherSigned: true, totals: new ClubTotals(1_000_000_00 - 200, 0, 0))));
    }

    private static Dictionary<DateOnly, bool> Met(params (string Date, bool Met)[] days) =>
        days.ToDictionary(d => DateOnly.Parse(d.Date), d => d.Met);

    [Fact]
    public void Five_due_days_running_is_a_streak_stepping_over_the_sunday()
    {
        // Saturday, (Sunday off), Monday to Wednesday, and Thursday make five; Friday the 20th was missed.
        var met = Met(("2026-11-21", true), ("2026-11-23", true), ("2026-11-24", true), ("2026-11-25", true), ("2026-11-20", false));

        var streak = Assert.IsType<ValidNewStreak>(Assert.Single(Detect(Change(null, [], validNewAfter: 3), Context(met: met))));

        Assert.Equal(new ValidNewStreak(7, Thursday, 5, 3), streak);
    }

    [Fact]
    public void A_missed_day_breaks_the_run_and_a_due_day_without_a_recap_too()
    {
        var missed = Met(("2026-11-21", true), ("2026-11-23", true), ("2026-11-24", false), ("2026-11-25", true));
        var silent = Met(("2026-11-20", true), ("2026-11-21", true), ("2026-11-24", true), ("2026-11-25", true)); // no recap on Monday 23rd

        Assert.Empty(Detect(Change(null, [], validNewAfter: 3), Context(met: missed)));
        Assert.Empty(Detect(Change(null, [], validNewAfter: 3), Context(met: silent)));
    }

    [Fact]
    public void Leave_and_holidays_are_stepped_over_not_counted()
    {
        var met = Met(("2026-11-17", false), ("2026-11-18", true), ("2026-11-19", true), ("2026-11-20", true), ("2026-11-25", true));
        var calendar = Calendar.With(DateRange.Day(new(2026, 11, 21)), DayOverride.Holiday); // Saturday off
        var leave = new[] { new DateRange(new(2026, 11, 23), new(2026, 11, 24)) };           // Monday–Tuesday on leave

        var streak = Assert.IsType<ValidNewStreak>(Assert.Single(Detect(Change(null, [], validNewAfter: 4), Context(met: met, leave: leave, calendar: calendar))));

        // Thursday, Wednesday, (leave, Sunday, holiday), Friday, Thursday, Wednesday; Tuesday the 17th was missed.
        Assert.Equal(5, streak.Days);
    }

    [Fact]
    public void A_run_is_told_at_five_and_again_at_ten_not_in_between()
    {
        static Dictionary<DateOnly, bool> RunOf(int earlierDays)
        {
            var met = new Dictionary<DateOnly, bool>();
            var d = Thursday.AddDays(-1);
            for (var n = 0; n < earlierDays; d = d.AddDays(-1))
            {
                if (!Calendar.IsWorkDay(d)) continue;
                met[d] = true;
                n++;
            }

            met[d] = false;
            return met;
        }

        Assert.Empty(Detect(Change(null, [], validNewAfter: 3), Context(met: RunOf(5))));
        Assert.Equal(10, Assert.IsType<ValidNewStreak>(Assert.Single(Detect(Change(null, [], validNewAfter: 3), Context(met: RunOf(9))))).Days);
    }

    [Fact]
    public void A_run_longer_than_the_days_known_is_not_told_as_a_short_one()
    {
        // Every due day of the known window met: the run goes back further than the context knows.
        var met = new Dictionary<DateOnly, bool>();
        for (var d = Thursday; d >= Thursday.AddDays(-60); d = d.AddDays(-1)) met[d] = true;
        var knownSince = Thursday.AddDays(-60);

        Assert.Null(ValidNewStreaks.Length(Thursday, Calendar, [], met, knownSince));
        Assert.DoesNotContain(Detect(Change(null, [], validNewAfter: 3), Context(met: met)), s => s is ValidNewStreak);
        met[Thursday.AddDays(-40)] = false;
        Assert.NotNull(ValidNewStreaks.Length(Thursday, Calendar, [], met, knownSince));
    }

    [Fact]
    public void An_edit_of_a_day_that_already_met_the_standard_tells_nothing_and_a_day_not_due_neither()
    {
        var met = Met(("2026-11-21", true), ("2026-11-23", true), ("2026-11-24", true), ("2026-11-25", true), ("2026-11-20", false));

        Assert.Empty(Detect(Change([], [], validNewBefore: 3, validNewAfter: 4), Context(met: met)));
        var onLeave = new[] { DateRange.Day(Thursday) };
        Assert.Empty(Detect(Change(null, [], validNewAfter: 3), Context(met: met, leave: onLeave)));
    }

    [Fact]
    public void Moves_to_A_from_B_or_C_are_conversions_and_only_new_ones_are_told()
    {
        var first = Change(null, [Move("Ningbo Port", CustomerClass.B, ClassAfter.A), Move("Shaoxing", CustomerClass.C, ClassAfter.B)]);
        var edit = Change(first.AfterVisits, [Move("ningbo port", CustomerClass.B, ClassAfter.A), Move("Shaoxing", CustomerClass.C, ClassAfter.A)]);

        Assert.Equal([new AConversion(7, Thursday, "Ningbo Port", CustomerClass.B)], Detect(first, Context()));
        Assert.Equal([new AConversion(7, Thursday, "Shaoxing", CustomerClass.C)], Detect(edit, Context()));
    }

    [Fact]
    public void A_day_can_hold_several_moments_in_a_fixed_order()
    {
        var change = Change(null, [Move("B to A", CustomerClass.B, ClassAfter.A), Signed("Deal", 2_000_000_00)], validNewAfter: 3);
        var met = Met(("2026-11-21", true), ("2026-11-23", true), ("2026-11-24", true), ("2026-11-25", true), ("2026-11-20", false));

        var kinds = Detect(change, Context(weekBiggest: 1_000, totals: After(0, change), met: met)).Select(s => s.GetType().Name);

        Assert.Equal(["FirstSigningOfDay", "BiggestDealOfWeek", "MillionClubCrossing", "MillionClubCrossing", "MillionClubCrossing", "ValidNewStreak", "AConversion"], kinds);
    }
}
