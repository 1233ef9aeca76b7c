using System.Globalization;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;

namespace IronArmy.Data.Leaderboards;

/// <summary>
/// A 标杆时刻 found in a recap save (Core: <see cref="ShoutOut"/>), kept until it is posted so a
/// restart between finding it and posting it loses nothing. Stored flat (one column per field any
/// kind uses) so both providers read it without JSON. <see cref="PostKey"/> is the outbox key of the
/// post that carried it, set in the same save that queues the post; null while it waits.
/// </summary>
public sealed class ShoutOutEntry
{
    public const int MaxCustomerLength = 200;
    public const int MaxKeyLength = 200;

    /// <summary>What <see cref="PostKey"/> says for moments the team no longer wanted when their turn came (shout-outs switched off).</summary>
    public const string Dropped = "dropped";

    public long Id { get; set; }

    public long TeamId { get; set; }

    public long MemberId { get; set; }

    public DateOnly WorkDate { get; set; }

    public ShoutOutKind Kind { get; set; }

    /// <summary>
    /// What makes the moment itself unique within the team, so telling it twice is impossible: the day's
    /// first signing once per team and date, a million-club crossing once per rep and period, and so on.
    /// </summary>
    public required string DedupKey { get; set; }

    public string? Customer { get; set; }

    /// <summary>The deal's amount (first signing, biggest deal) or the rep's period total (million club).</summary>
    public long AmountMinor { get; set; }

    /// <summary>The record beaten (biggest deal) or the threshold crossed (million club).</summary>
    public long OtherMinor { get; set; }

    /// <summary>The week's first day (biggest deal) or the club period's first day (million club).</summary>
    public DateOnly? PeriodStart { get; set; }

    public ClubPeriod? ClubPeriod { get; set; }

    /// <summary>The streak's length in work days.</summary>
    public int Days { get; set; }

    /// <summary>The valid-new standard the streak met.</summary>
    public int Standard { get; set; }

    /// <summary>The class the customer moved to A from.</summary>
    public CustomerClass? FromClass { get; set; }

    public DateTime DetectedAtUtc { get; set; }

    public string? PostKey { get; set; }

    public DateTime? PostedAtUtc { get; set; }

    public static ShoutOutEntry Of(long teamId, ShoutOut moment, DateTime nowUtc)
    {
        var entry = new ShoutOutEntry
        {
            TeamId = teamId,
            MemberId = moment.MemberId,
            WorkDate = moment.WorkDate,
            DedupKey = DedupKeyOf(teamId, moment),
            DetectedAtUtc = nowUtc,
        };
        switch (moment)
        {
            case FirstSigningOfDay e:
                (entry.Kind, entry.Customer, entry.AmountMinor) = (ShoutOutKind.FirstSigningOfDay, Fit(e.Customer), e.AmountMinor);
                break;
            case BiggestDealOfWeek e:
                (entry.Kind, entry.Customer, entry.AmountMinor, entry.OtherMinor, entry.PeriodStart) =
                    (ShoutOutKind.BiggestDealOfWeek, Fit(e.Customer), e.AmountMinor, e.PreviousBiggestMinor, e.Week.Start);
                break;
            case MillionClubCrossing e:
                (entry.Kind, entry.ClubPeriod, entry.PeriodStart, entry.OtherMinor, entry.AmountMinor) =
                    (ShoutOutKind.MillionClubCrossing, e.Period, e.PeriodStart, e.ThresholdMinor, e.TotalMinor);
                break;
            case ValidNewStreak e:
                (entry.Kind, entry.Days, entry.Standard) = (ShoutOutKind.ValidNewStreak, e.Days, e.ValidNewStandard);
                break;
            case AConversion e:
                (entry.Kind, entry.Customer, entry.FromClass) = (ShoutOutKind.AConversion, Fit(e.Customer), e.From);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(moment), moment.GetType().Name, "Not a shout-out kind the store knows.");
        }

        return entry;
    }

    public ShoutOut ToCore() => Kind switch
    {
        ShoutOutKind.FirstSigningOfDay => new FirstSigningOfDay(MemberId, WorkDate, Customer ?? "", AmountMinor),
        ShoutOutKind.BiggestDealOfWeek => new BiggestDealOfWeek(MemberId, WorkDate, Customer ?? "", AmountMinor, OtherMinor,
            new BoardPeriod(BoardPeriodKind.Week, PeriodStart!.Value, PeriodStart.Value.AddDays(6))),
        ShoutOutKind.MillionClubCrossing => new MillionClubCrossing(MemberId, WorkDate, ClubPeriod!.Value, PeriodStart!.Value, OtherMinor, AmountMinor),
        ShoutOutKind.ValidNewStreak => new ValidNewStreak(MemberId, WorkDate, Days, Standard),
        ShoutOutKind.AConversion => new AConversion(MemberId, WorkDate, Customer ?? "", FromClass!.Value),
        _ => throw new InvalidOperationException($"Unknown shout-out kind {Kind}."),
    };

    /// <summary>
    /// The first signing of a date is the team's (two reps saving at once may both be first: one is
    /// told); a biggest deal and an A conversion are the rep's per customer and date; a million-club
    /// crossing once per rep and period; a streak once per rep, date and length.
    /// </summary>
    public static string DedupKeyOf(long teamId, ShoutOut moment)
    {
        var key = moment switch
        {
            FirstSigningOfDay e => string.Create(CultureInfo.InvariantCulture, $"first:{teamId}:{e.WorkDate:yyyy-MM-dd}"),
            BiggestDealOfWeek e => string.Create(CultureInfo.InvariantCulture, $"biggest:{e.MemberId}:{e.WorkDate:yyyy-MM-dd}:{e.AmountMinor}"),
            MillionClubCrossing e => string.Create(CultureInfo.InvariantCulture, $"club:{e.MemberId}:{e.Period}:{e.PeriodStart:yyyy-MM-dd}"),
            ValidNewStreak e => string.Create(CultureInfo.InvariantCulture, $"streak:{e.MemberId}:{e.WorkDate:yyyy-MM-dd}:{e.Days}"),
            // Customer names are matched as the recap matches them: case and surrounding space do not count.
            AConversion e => string.Create(CultureInfo.InvariantCulture, $"a:{e.MemberId}:{e.WorkDate:yyyy-MM-dd}:{e.Customer.Trim().ToUpperInvariant()}"),
            _ => throw new ArgumentOutOfRangeException(nameof(moment), moment.GetType().Name, null),
        };
        // Customer names are at most 50 characters (KickoffLimits), so a cut never happens in practice.
        return key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];
    }

    private static string Fit(string customer) => customer.Length <= MaxCustomerLength ? customer : customer[..MaxCustomerLength];
}

/// <summary>The five 标杆时刻 (issue 5), stored by name.</summary>
public enum ShoutOutKind
{
    FirstSigningOfDay,
    BiggestDealOfWeek,
    MillionClubCrossing,
    ValidNewStreak,
    AConversion,
}
