using IronArmy.Bot.Cards;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Help;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Leaderboards;
using IronArmy.Bot.Onboarding;
using IronArmy.Bot.Resources;
using IronArmy.Bot.RideAlongs;
using IronArmy.Bot.Settings;
using IronArmy.Bot.Tiers;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using IronArmy.Core.Tiers;
using static IronArmy.Bot.Tests.EveningShare.RecapSamples;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Cards;

/// <summary>
/// The cards people scroll through on an ordinary day, built by the bot's own builders from the
/// shared samples: what <c>scripts/card-heights.sh</c> renders at 400 px to measure how tall each is
/// on a phone. One name per card, the same in both languages, so the figures compare across changes.
/// </summary>
internal static class MeasuredCards
{
    public const string CurrencyCode = "CNY";

    public static readonly string[] Names =
    [
        "kickoff-form", "kickoff-form-first", "kickoff-form-refused", "kickoff-summary",
        "recap-form", "recap-form-refused", "recap-summary",
        "welcome", "help", "channel-welcome", "status", "board", "digest", "digest-coaching",
        "ride-along-form", "coaching-note", "tiers", "tiers-rep",
    ];

    public static AdaptiveCard Build(string name, Texts t) => name switch
    {
        "kickoff-form" => KickoffCard.Build(t, KickoffForm()),
        "kickoff-form-first" => KickoffCard.Build(t, FirstKickoffForm()),
        "kickoff-form-refused" => KickoffCard.Build(t, RefusedKickoffForm()),
        "kickoff-summary" => KickoffSummaryCard.Build(t, KickoffSummary()),
        "recap-form" => RecapCard.Build(t, RecapForm()),
        "recap-form-refused" => RecapCard.Build(t, RefusedRecapForm()),
        "recap-summary" => RecapSummaryCard.Build(t, RecapSummary()),
        // A rep's welcome: the one most people get.
        "welcome" => WelcomeCard.Build(t, "Li Wei", "East Sales", MemberRole.Rep, TeamSchedule.Default),
        // A manager's help: the longest one.
        "help" => HelpCard.Build(t, MemberRole.Manager, TeamSchedule.Default, inChannel: false),
        "channel-welcome" => ChannelWelcomeCard.Build(t, "East Sales", TeamSchedule.Default, [("29:manager", "Zhang Min")]),
        "status" => Status(t),
        "board" => LeaderboardCard.Build(t, Board()),
        "digest" => DigestCards.Build(t, Digest()).Single(),
        // The same evening with the 271's lines and the ride-alongs due, for a team of twelve.
        "digest-coaching" => DigestCards.Build(t, CoachingDigest()).Single(),
        // A manager's ride-along card, the rep and customer pre-filled from the morning plan.
        "ride-along-form" => RideAlongCard.Build(t, new RideAlongFormView(WorkDate, [new RepChoice(2, "Li Wei"), new RepChoice(3, "Zhang Min")],
            Core.RideAlongs.RideAlongForm.Prefill(2, "Acme Trading"), [], ["Acme Trading", "Blue Sky Tech"], [])),
        "coaching-note" => CoachingNoteCard.Build(t, 1, "Zhang Min", WorkDate, new Core.RideAlongs.CoachingNote(
            "Acme Trading", Core.RideAlongs.CoachingStage.YouSayIListen, "Objection handling", "Opened with the customer's own numbers",
            "Stop talking after the price", "Role-play the price objection together", WorkDate.AddDays(2))),
        // A manager's 271 for a team of twelve, and what one of its reps sees.
        "tiers" => TierCards.ForManagers(t, Tiers.TierSamples.View(12)).Single(),
        "tiers-rep" => TierCards.ForRep(t, Tiers.TierSamples.View(12), 9),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a measured card."),
    };

    /// <summary>07:40: month and week carried over, last evening's visits pre-filled, today's targets to set.</summary>
    private static KickoffFormView KickoffForm()
    {
        var day = new[] { KickoffInputs.TargetAmount(TargetPeriod.Day), KickoffInputs.TargetVisits(TargetPeriod.Day), KickoffInputs.TargetValidNew(TargetPeriod.Day) };
        var values = Core.Kickoff.KickoffForm.Values(Plan(), KickoffLimits.For(CurrencyCode)).Where(kv => !day.Contains(kv.Key)).ToDictionary();
        return new KickoffFormView(WorkDate, CurrencyCode, VisitStandard.Default, values) { Carried = Carried };
    }

    private static CarriedTargets Carried => new(Plan().Targets.Month, Plan().Targets.Week);

    /// <summary>A new rep's first kickoff: nothing carried or drafted, today's targets to set.</summary>
    private static KickoffFormView FirstKickoffForm() =>
        new(WorkDate, CurrencyCode, VisitStandard.Default, new Dictionary<string, string>()) { Carried = CarriedTargets.FirstPlan };

    /// <summary>The same plan sent with a typo in a count and a visit with a time but no customer, read by Core as the bot reads it.</summary>
    private static KickoffFormView RefusedKickoffForm()
    {
        var limits = KickoffLimits.For(CurrencyCode);
        var entered = new Dictionary<string, string>(Core.Kickoff.KickoffForm.Values(Plan(), limits))
        {
            [KickoffInputs.TargetVisits(TargetPeriod.Day)] = "8x",
            [KickoffInputs.VisitTime(4)] = "14:00",
            [KickoffInputs.VisitClass(4)] = "B",
        };
        var read = Core.Kickoff.KickoffForm.Read(entered.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), limits, Carried);
        Assert.False(read.IsValid);
        return new KickoffFormView(WorkDate, CurrencyCode, VisitStandard.Default, entered) { Problems = read.Problems, Carried = Carried };
    }

    private static KickoffSummary KickoffSummary() =>
        new(WorkDate, CurrencyCode, Plan(), VisitStandard.Default, new TimeOnly(7, 52))
        {
            CanEdit = true,
            Mirror = new TeamMirror(6, 6.5m, 9),
            Yesterday = new PlanVersusActual(WorkDate.AddDays(-1), 8, 6),
        };

    /// <summary>18:30: the morning's plan as kept and its candidate new customers, as the bot pre-fills them.</summary>
    private static RecapFormView RecapForm() => new(WorkDate, CurrencyCode, Planned, Core.EveningShare.RecapForm.Prefill(Planned, Plan().NewCustomers));

    /// <summary>The sample recap sent with a mistyped amount and details on a visit not ticked done.</summary>
    private static RecapFormView RefusedRecapForm()
    {
        var limits = RecapLimits.For(CurrencyCode);
        var entered = new Dictionary<string, string>(Core.EveningShare.RecapForm.Values(Recap(), limits))
        {
            [RecapInputs.PlannedAmount(1)] = "88,00",
            [RecapInputs.PlannedClass(3)] = "B",
        };
        var read = Core.EveningShare.RecapForm.Read(entered.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), limits, Planned);
        Assert.False(read.IsValid);
        return new RecapFormView(WorkDate, CurrencyCode, Planned, entered) { Problems = read.Problems };
    }

    private static RecapSummary RecapSummary() =>
        new(WorkDate, CurrencyCode, Recap(), DayOf(Recap()), new TimeOnly(18, 47)) { CanEdit = true };

    private static AdaptiveCard Status(Texts t)
    {
        var schedule = TeamSchedule.Default;
        var day = WorkDate.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var next = new Dictionary<Ritual, DateTime?>
        {
            [Ritual.Kickoff] = day + schedule.Kickoff.ToTimeSpan(),
            [Ritual.EveningShare] = day + schedule.EveningShare.ToTimeSpan(),
            [Ritual.Digest] = day + schedule.Digest.ToTimeSpan(),
        };
        var board = BoardSettings.Default;
        var shoutOuts = ShoutOutSettings.Default;
        return StatusCard.Build(t, "East Sales", schedule, next,
            new StatusCard.Headcount(8, 2, 0),
            new StatusCard.FollowUps(KickoffReminders.Default, RecapReminders.Default, true),
            new StatusCard.Benchmarks(board.Metric, board.TopSize, (int)board.AfterDigest.TotalMinutes, shoutOuts.Enabled, (int)shoutOuts.Interval.TotalMinutes,
                ShoutOutRules.Default, CurrencyCode));
    }

    /// <summary>What <c>board</c> answers a rep in a team of eight: today's top, their own rank, the month's progress.</summary>
    private static LeaderboardView Board()
    {
        string[] names = ["Wang Fang", "Li Lei", "Zhao Min", "Chen Jie", "Liu Yang", "Huang Li", "Zhou Tao", "Wu Xia"];
        var totals = names.Select((_, i) => new RepTotals(i + 1, (8 - i) * 1_500_000L, i < 4 ? 1 : 0, 9 - i % 3, 3 - i % 3, i % 2, 1)).ToList();
        var previous = totals.ToDictionary(r => r.MemberId, r => r with { SignedAmountMinor = r.SignedAmountMinor / (r.MemberId == 3 ? 4 : 2) });
        var period = BoardPeriod.Day(WorkDate);
        var board = Leaderboard.Build(period, BoardPeriod.Day(WorkDate.AddDays(-1)), BoardMetric.SignedAmount, 10,
            names.Select((n, i) => new BoardRep(i + 1, n, DateOnly.MinValue)).ToList(),
            totals.ToDictionary(r => r.MemberId), previous);
        return new LeaderboardView("East Sales", board, totals.ToDictionary(r => r.MemberId), CurrencyCode)
        {
            Month = new MonthProgress(2_400_000_00, 1_150_000_00),
            Asker = board.StandingOf(5),
            IsPrivate = true,
        };
    }

    /// <summary>Tonight's digest with what the coaching features add: the 271 of <see cref="Tiers.TierSamples"/> and its help-first reps without a ride-along.</summary>
    private static EveningDigest CoachingDigest()
    {
        var view = Tiers.TierSamples.View(12);
        var due = view.Ranking.Reps.Where(r => r.Tier.NeedsHelpFirst())
            .Select((r, i) => new Core.RideAlongs.RideAlongDue(r.MemberId, r.Name, r.Tier, i == 0 ? WorkDate.AddDays(-20) : null)).ToList();
        return Digest() with { Extra = [TierDigestSection.Of(view)!, RideAlongDigestSection.Of(due)!] };
    }

    /// <summary>Tonight's digest for a team of three: one shared everything, one the bare minimum, one nothing.</summary>
    private static EveningDigest Digest() =>
        EveningDigest.Of("East Sales", WorkDate, CurrencyCode, VisitStandard.Default,
        [
            Shared("m-wang-0001", "Wang Fang", Recap()),
            Shared("m-li-0002", "Li Lei", Bare() with { Vent = new Vent("My manager never listens.", VentVisibility.ManagerOnly) }),
            RepEvening.NotSubmitted("m-zhao-0003", "Zhao Min"),
        ],
        new Dictionary<string, IReadOnlyList<RepDay?>>());
}
