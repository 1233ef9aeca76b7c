using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Money;
using IronArmy.Core.Teams;
using IronArmy.Core.Tiers;

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

    /// <summary>When the rituals happen, in the team's zone.</summary>
    public TeamSchedule Schedule { get; set; } = TeamSchedule.Default;

    /// <summary>The daily visit standard (domain.md "The visit standard").</summary>
    public VisitStandard Standard { get; set; } = VisitStandard.Default;

    /// <summary>Minutes after kickoff for the nudge, the managers' list of who is missing and the morning board (posted even if someone is missing).</summary>
    public KickoffReminders Reminders { get; set; } = KickoffReminders.Default;

    /// <summary>Minutes after the evening share for the nudge and the managers' list of who has not shared (skipped if that is not before the digest).</summary>
    public RecapReminders RecapReminders { get; set; } = RecapReminders.Default;

    /// <summary>Whether today's team-visible wins are posted to the channel at the digest time, before the evening meeting. Off unless a manager turns it on.</summary>
    public bool PostSharedWins { get; set; }

    // Leaderboards and shout-outs (domain.md "标杆", issue 5).

    /// <summary>What the boards rank, how many ranks they show and when the daily board is posted.</summary>
    public BoardSettings Board { get; set; } = BoardSettings.Default;

    /// <summary>Whether 标杆时刻 are posted, how often at most, and their thresholds.</summary>
    public ShoutOutSettings ShoutOuts { get; set; } = ShoutOutSettings.Default;

    /// <summary>The 271 ranking's window (due days) and score weights (domain.md "271", issue 11).</summary>
    public TierSettings Tiers { get; set; } = TierSettings.Default;

    /// <summary>The shout-out settings as Core reads them, the threshold defaulted for the team's currency.</summary>
    public ShoutOutRules ShoutOutRules => ShoutOuts.RulesFor(MoneyText.MinorDigitsOf(CurrencyCode), Standard.ValidNewCustomers);

    /// <summary>ISO 4217 code of the team's money; amounts are stored in its minor units.</summary>
    public string CurrencyCode { get; set; } = DefaultCurrencyCode;

    public bool IsActive { get; set; } = true;

    public DateTime InstalledAtUtc { get; set; }

    public DateTime? UninstalledAtUtc { get; set; }

    public List<Member> Members { get; set; } = [];

    public const string DefaultCurrencyCode = "CNY";
}
