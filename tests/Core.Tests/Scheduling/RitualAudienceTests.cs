using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Scheduling;

public class RitualAudienceTests
{
    private static readonly DateTime Blocked = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(Ritual.Kickoff)]
    [InlineData(Ritual.EveningShare)]
    public void Kickoff_and_share_prompt_active_reachable_reps_only(Ritual ritual)
    {
        Assert.True(RitualAudience.Includes(ritual, MemberRole.Rep, isActive: true, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(ritual, MemberRole.Manager, isActive: true, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(ritual, MemberRole.Rep, isActive: false, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(ritual, MemberRole.Rep, isActive: true, unreachableSinceUtc: Blocked));
    }

    [Fact]
    public void Digest_goes_to_active_managers()
    {
        Assert.True(RitualAudience.Includes(Ritual.Digest, MemberRole.Manager, isActive: true, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(Ritual.Digest, MemberRole.Rep, isActive: true, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(Ritual.Digest, MemberRole.Manager, isActive: false, unreachableSinceUtc: null));
    }
}

public class RitualDueTests
{
    private static readonly TeamCalendar Calendar = TeamCalendar.Weekly(WorkWeek.MondayToSaturday)
        .With(new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7)), DayOverride.Holiday)
        .With(DateRange.Day(new DateOnly(2026, 10, 11)), DayOverride.MakeUpWorkDay);

    private static readonly DateOnly Workday = new(2026, 10, 9);

    private static bool Due(DateOnly date, MemberRole role = MemberRole.Rep, bool active = true, DateTime? unreachable = null, params DateRange[] leave) =>
        RitualAudience.IsDue(Ritual.Kickoff, role, active, unreachable, leave, Calendar, date);

    [Fact]
    public void An_active_reachable_rep_on_a_work_day_is_due() => Assert.True(Due(Workday));

    [Fact]
    public void Each_condition_alone_makes_the_rep_not_due()
    {
        Assert.False(Due(Workday, role: MemberRole.Manager));
        Assert.False(Due(Workday, active: false));
        Assert.False(Due(Workday, unreachable: new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.False(Due(new DateOnly(2026, 10, 2)));
        Assert.False(Due(new DateOnly(2026, 10, 4)));
        Assert.False(Due(Workday, leave: new DateRange(new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 9))));
    }

    [Fact]
    public void A_make_up_Sunday_is_due_unless_on_leave()
    {
        var sunday = new DateOnly(2026, 10, 11);
        Assert.True(Due(sunday));
        Assert.False(Due(sunday, leave: DateRange.Day(sunday)));
    }
}
