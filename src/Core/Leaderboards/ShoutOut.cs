using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Leaderboards;

/// <summary>
/// A 标杆时刻 (benchmark moment) worth telling the team channel: who (<see cref="MemberId"/>),
/// for which work date, and what the card quotes. Found by <see cref="ShoutOuts.Detect"/> when a
/// recap is saved; each fires on the save that makes it true, not on later saves that keep it true.
/// </summary>
public abstract record ShoutOut(long MemberId, DateOnly WorkDate);

/// <summary>The team's first signing of the day. When the rep signed several at once, the largest is quoted.</summary>
public sealed record FirstSigningOfDay(long MemberId, DateOnly WorkDate, string Customer, long AmountMinor)
    : ShoutOut(MemberId, WorkDate);

/// <summary>
/// A deal bigger than every earlier one in the team's <see cref="Week"/>; <see cref="PreviousBiggestMinor"/>
/// is the record it beat.
/// </summary>
public sealed record BiggestDealOfWeek(long MemberId, DateOnly WorkDate, string Customer, long AmountMinor, long PreviousBiggestMinor, BoardPeriod Week)
    : ShoutOut(MemberId, WorkDate);

/// <summary>
/// The rep's signed amount in <see cref="Period"/> (the month, quarter or year containing the work
/// date, starting <see cref="PeriodStart"/>) reached the million-club threshold with this save.
/// </summary>
public sealed record MillionClubCrossing(long MemberId, DateOnly WorkDate, ClubPeriod Period, DateOnly PeriodStart, long ThresholdMinor, long TotalMinor)
    : ShoutOut(MemberId, WorkDate);

/// <summary><see cref="Days"/> due work days running, each with at least <see cref="ValidNewStandard"/> valid new customers.</summary>
public sealed record ValidNewStreak(long MemberId, DateOnly WorkDate, int Days, int ValidNewStandard)
    : ShoutOut(MemberId, WorkDate);

/// <summary>A customer moved up to A (B→A or C→A): ready to sign.</summary>
public sealed record AConversion(long MemberId, DateOnly WorkDate, string Customer, CustomerClass From)
    : ShoutOut(MemberId, WorkDate);
