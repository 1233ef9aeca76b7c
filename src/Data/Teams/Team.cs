using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Money;
using IronArmy.Core.Teams;

namespace IronArmy.Data.Teams;

/// <summary>A sales team: one Teams team (or one personal install) that runs the daily rhythm together.</summary>
public sealed class Team
{
    public long Id { get; set; }

    public required string TenantId { get; set; }

    /// <summary>The Teams team id (<c>19:…@thread.tacv2</c>), or for a personal install the user's 29: id prefixed with <c>personal:</c>.</summary>
    public required string TeamsTeamId { get; set; }

    public string? AadGroupId { get; set; }

    public required string Name { get; set; }

    /// <summary>The channel the bot posts boards and shout-outs to; null for a personal install.</summary>
    public string? ChannelId { get; set; }

    public required string ServiceUrl { get; set; }

    /// <summary>Language of texts addressed to the whole team (channel posts, people we have not heard from yet).</summary>
    public string Locale { get; set; } = "zh-CN";

    public string TimeZoneId { get; set; } = TeamSchedule.Default.Zone.Id;

    public TimeOnly KickoffTime { get; set; } = TeamSchedule.Default.Kickoff;

    public TimeOnly EveningShareTime { get; set; } = TeamSchedule.Default.EveningShare;

    public TimeOnly DigestTime { get; set; } = TeamSchedule.Default.Digest;

    /// <summary>A <see cref="WorkWeek"/> mask.</summary>
    public int WorkDaysMask { get; set; } = TeamSchedule.Default.WorkDays.Mask;

    // The visit standard (domain.md "The visit standard"); see Standard.
    public int StandardVisits { get; set; } = VisitStandard.Default.Visits;

    public int StandardNewVisits { get; set; } = VisitStandard.Default.NewVisits;

    public int StandardFollowUpVisits { get; set; } = VisitStandard.Default.FollowUpVisits;

    public int StandardClosingVisits { get; set; } = VisitStandard.Default.ClosingVisits;

    public int StandardACustomers { get; set; } = VisitStandard.Default.ACustomers;

    public int StandardBcCustomers { get; set; } = VisitStandard.Default.BcCustomers;

    public int StandardValidNewCustomers { get; set; } = VisitStandard.Default.ValidNewCustomers;

    /// <summary>Minutes after kickoff when a rep who has not submitted gets the one nudge.</summary>
    public int KickoffNudgeAfterMinutes { get; set; } = DefaultKickoffNudgeAfterMinutes;

    /// <summary>Minutes after kickoff when each manager gets the list of who is missing.</summary>
    public int KickoffManagersAfterMinutes { get; set; } = DefaultKickoffManagersAfterMinutes;

    /// <summary>Minutes after kickoff when the morning board is posted even if someone is missing.</summary>
    public int MorningBoardAfterMinutes { get; set; } = DefaultMorningBoardAfterMinutes;

    /// <summary>The three kickoff follow-up offsets as Core reads them.</summary>
    public KickoffReminders Reminders
    {
        get => new(TimeSpan.FromMinutes(KickoffNudgeAfterMinutes), TimeSpan.FromMinutes(KickoffManagersAfterMinutes), TimeSpan.FromMinutes(MorningBoardAfterMinutes));
        set
        {
            KickoffNudgeAfterMinutes = (int)value.Nudge.TotalMinutes;
            KickoffManagersAfterMinutes = (int)value.Managers.TotalMinutes;
            MorningBoardAfterMinutes = (int)value.Board.TotalMinutes;
        }
    }

    /// <summary>Minutes after the evening share when a rep who has not shared gets the one nudge.</summary>
    public int RecapNudgeAfterMinutes { get; set; } = DefaultRecapNudgeAfterMinutes;

    /// <summary>Minutes after the evening share when each manager gets the list of who has not shared (skipped if that is not before the digest).</summary>
    public int RecapManagersAfterMinutes { get; set; } = DefaultRecapManagersAfterMinutes;

    /// <summary>The two evening share follow-up offsets as Core reads them.</summary>
    public RecapReminders RecapReminders
    {
        get => new(TimeSpan.FromMinutes(RecapNudgeAfterMinutes), TimeSpan.FromMinutes(RecapManagersAfterMinutes));
        set
        {
            RecapNudgeAfterMinutes = (int)value.Nudge.TotalMinutes;
            RecapManagersAfterMinutes = (int)value.Managers.TotalMinutes;
        }
    }

    /// <summary>Whether today's team-visible wins are posted to the channel at the digest time, before the evening meeting. Off unless a manager turns it on.</summary>
    public bool PostSharedWins { get; set; }

    // Leaderboards and shout-outs (domain.md "标杆", issue 5).

    /// <summary>What the boards rank.</summary>
    public BoardMetric BoardMetric { get; set; } = BoardMetric.SignedAmount;

    /// <summary>How many ranks the channel's boards show (gold, silver, bronze for the first three).</summary>
    public int BoardTopSize { get; set; } = Leaderboard.DefaultTopSize;

    /// <summary>Minutes after the digest time when the daily board is posted to the channel.</summary>
    public int BoardAfterDigestMinutes { get; set; } = DefaultBoardAfterDigestMinutes;

    /// <summary>The million-club threshold in minor units; null means 1,000,000 of the team currency (<see cref="ShoutOutRules"/>).</summary>
    public long? MillionClubThresholdMinor { get; set; }

    /// <summary>Due work days running at the valid-new standard that make a streak shout-out.</summary>
    public int StreakDays { get; set; } = ValidNewStreaks.DefaultDays;

    /// <summary>Whether 标杆时刻 are posted to the channel at all.</summary>
    public bool ShoutOutsEnabled { get; set; } = true;

    /// <summary>At most one shout-out post per this many minutes; events in between are batched into one card.</summary>
    public int ShoutOutIntervalMinutes { get; set; } = DefaultShoutOutIntervalMinutes;

    /// <summary>The shout-out settings as Core reads them, the threshold defaulted for the team's currency.</summary>
    public ShoutOutRules ShoutOutRules => new(
        MillionClubThresholdMinor ?? MillionClub.DefaultThresholdMinor(MoneyText.MinorDigitsOf(CurrencyCode)),
        StreakDays,
        StandardValidNewCustomers);

    /// <summary>ISO 4217 code of the team's money; amounts are stored in its minor units.</summary>
    public string CurrencyCode { get; set; } = DefaultCurrencyCode;

    public bool IsActive { get; set; } = true;

    public DateTime InstalledAtUtc { get; set; }

    public DateTime? UninstalledAtUtc { get; set; }

    public List<Member> Members { get; set; } = [];

    public TeamSchedule Schedule
    {
        get => new(TeamZone.FromStored(TimeZoneId), KickoffTime, EveningShareTime, DigestTime, new WorkWeek(WorkDaysMask));
        set
        {
            TimeZoneId = value.Zone.Id;
            KickoffTime = value.Kickoff;
            EveningShareTime = value.EveningShare;
            DigestTime = value.Digest;
            WorkDaysMask = value.WorkDays.Mask;
        }
    }

    public VisitStandard Standard
    {
        get => new(StandardVisits, StandardNewVisits, StandardFollowUpVisits, StandardClosingVisits, StandardACustomers, StandardBcCustomers, StandardValidNewCustomers);
        set
        {
            StandardVisits = value.Visits;
            StandardNewVisits = value.NewVisits;
            StandardFollowUpVisits = value.FollowUpVisits;
            StandardClosingVisits = value.ClosingVisits;
            StandardACustomers = value.ACustomers;
            StandardBcCustomers = value.BcCustomers;
            StandardValidNewCustomers = value.ValidNewCustomers;
        }
    }

    public const int DefaultKickoffNudgeAfterMinutes = 15;
    public const int DefaultKickoffManagersAfterMinutes = 30;
    public const int DefaultMorningBoardAfterMinutes = 20;
    public const int DefaultRecapNudgeAfterMinutes = 30;
    public const int DefaultRecapManagersAfterMinutes = 60;
    public const string DefaultCurrencyCode = "CNY";
    public const int DefaultBoardAfterDigestMinutes = 15;
    public const int DefaultShoutOutIntervalMinutes = 10;
}
