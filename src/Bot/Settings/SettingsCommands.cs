using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Commands;
using IronArmy.Core.Money;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Settings;

/// <summary>
/// The team's own settings: <c>status</c>; for managers the time zone, the ritual times and work
/// days (each rescheduled at once), the currency and <c>add manager @name</c>.
/// </summary>
public sealed class SettingsCommands(IronArmyDbContext db, TeamSchedules schedules, IEnumerable<IStatusFacts> featureFacts, TimeProvider clock, ILogger<SettingsCommands> log) : ICommandHandler
{
    public static IReadOnlyCollection<Type> Commands { get; } =
        [typeof(StatusCommand), typeof(SetTimeZoneCommand), typeof(SetRitualTimeCommand), typeof(SetWorkDaysCommand), typeof(SetCurrencyCommand), typeof(AddManagerCommand)];

    public async Task<Activity?> HandleAsync(CommandRequest request, CancellationToken ct)
    {
        var (speaker, t) = (request.Speaker, request.Texts);
        return request.Command switch
        {
            StatusCommand => CardMessage.Of(await StatusAsync(t, speaker, ct)),
            SetTimeZoneCommand c => await ChangeScheduleAsync(t, speaker, speaker.Team.Schedule with { Zone = c.Zone }, Ritual.Kickoff, "Reply_TimeZoneSet", c.Zone.Id, ct),
            SetRitualTimeCommand c => await ChangeScheduleAsync(t, speaker, WithTime(speaker.Team.Schedule, c.Ritual, c.Time), c.Ritual, "Reply_RitualTimeSet", t.RitualName(c.Ritual), ct, c.Time.ToString("HH:mm")),
            SetWorkDaysCommand c => await ChangeScheduleAsync(t, speaker, speaker.Team.Schedule with { WorkDays = c.WorkDays }, Ritual.Kickoff, "Reply_WorkDaysSet", t.WorkDays(c.WorkDays), ct),
            SetCurrencyCommand c => CardMessage.Text(await ChangeCurrencyAsync(t, speaker, c.CurrencyCode, ct)),
            AddManagerCommand => CardMessage.Text(await AddManagersAsync(t, speaker, request.Inbound, ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Command, "Not a settings command."),
        };
    }

    private static TeamSchedule WithTime(TeamSchedule s, Ritual ritual, TimeOnly time) => ritual switch
    {
        Ritual.Kickoff => s with { Kickoff = time },
        Ritual.EveningShare => s with { EveningShare = time },
        _ => s with { Digest = time },
    };

    private async Task<Activity> ChangeScheduleAsync(Texts t, Speaker speaker, TeamSchedule schedule, Ritual shown, string replyKey, string what, CancellationToken ct, string? time = null)
    {
        speaker.Team.Schedule = schedule;
        await db.SaveChangesAsync(ct);
        await schedules.ScheduleAsync(speaker.Team.Id, schedule, ct);
        log.LogInformation("Team {TeamId} schedule changed by {MemberId}", speaker.Team.Id, speaker.Member.Id);
        var next = await NextFiresLocalAsync(speaker.Team.Id, schedule.Zone, ct);
        var nextText = next.GetValueOrDefault(shown) is { } n ? t.LocalDateTime(n) : t["Reply_NoWorkDays"];
        return CardMessage.Text(time is null ? t.Format(replyKey, what, nextText) : t.Format(replyKey, what, time, nextText));
    }

    /// <summary>
    /// The team's money in another currency. Nothing is converted (<see cref="CurrencyChange"/>): the
    /// reply says so plainly when amounts are already recorded, and a change of decimals is refused
    /// then, with the reason, changing nothing.
    /// </summary>
    private async Task<string> ChangeCurrencyAsync(Texts t, Speaker speaker, string code, CancellationToken ct)
    {
        var team = speaker.Team;
        var recorded = await db.TeamHasRecordedAmountsAsync(team.Id, ct);
        var change = CurrencyChange.Decide(team.CurrencyCode, code, recorded, team.ShoutOuts.MillionClubThresholdMinor);
        switch (change.Outcome)
        {
            case CurrencyChangeOutcome.AlreadySet:
                return t.Format("Reply_CurrencyAlreadySet", t.CurrencyNameAndCode(team.CurrencyCode));
            case CurrencyChangeOutcome.Refused:
                return t.Format("Reply_CurrencyRefused", t.CurrencyNameAndCode(change.From), t.CurrencyNameAndCode(change.To), MoneyText.MinorDigitsOf(change.To), MoneyText.MinorDigitsOf(change.From), change.Factor);
        }

        team.CurrencyCode = change.To;
        team.ShoutOuts = team.ShoutOuts with { MillionClubThresholdMinor = change.MillionClubThresholdMinor };
        await db.SaveChangesAsync(ct);
        log.LogInformation("Team {TeamId} currency changed from {From} to {To} by {MemberId}", team.Id, change.From, change.To, speaker.Member.Id);
        var threshold = t.Money(team.ShoutOutRules.MillionClubThresholdMinor, team.CurrencyCode);
        return recorded
            ? t.Format("Reply_CurrencySetNumbersKept", t.CurrencyNameAndCode(change.To), Example(change.From), threshold, Example(change.To))
            : t.Format("Reply_CurrencySet", t.CurrencyNameAndCode(change.To), threshold);

        // The same number read in each currency ("18,000 CNY is now 18,000 USD", "18,000 元现在就是 18,000 美元").
        string Example(string currencyCode)
        {
            var minor = 18_000L;
            for (var digit = 0; digit < MoneyText.MinorDigitsOf(currencyCode); digit++) minor *= 10;
            return t.Money(minor, currencyCode);
        }
    }

    private async Task<AdaptiveCard> StatusAsync(Texts t, Speaker speaker, CancellationToken ct)
    {
        var people = await db.Members.Where(m => m.TeamId == speaker.Team.Id && m.IsActive)
            .GroupBy(m => 1)
            .Select(g => new StatusCard.Headcount(
                g.Count(m => m.Role == MemberRole.Rep),
                g.Count(m => m.Role == MemberRole.Manager),
                g.Count(m => m.UnreachableSinceUtc != null)))
            .FirstOrDefaultAsync(ct) ?? new StatusCard.Headcount(0, 0, 0);
        var next = await NextFiresLocalAsync(speaker.Team.Id, speaker.Team.Schedule.Zone, ct);
        var team = speaker.Team;
        var followUps = new StatusCard.FollowUps(team.Reminders, team.RecapReminders, team.ChannelId is null ? null : team.PostSharedWins);
        var benchmarks = new StatusCard.Benchmarks(
            team.Board.Metric, team.Board.TopSize, (int)team.Board.AfterDigest.TotalMinutes, team.ShoutOuts.Enabled, (int)team.ShoutOuts.Interval.TotalMinutes, team.ShoutOutRules, team.CurrencyCode);
        var more = new List<Fact>();
        foreach (var feature in featureFacts) more.AddRange(await feature.FactsAsync(speaker, t, ct));
        return StatusCard.Build(t, team.Name, team.Schedule, next, people, followUps, benchmarks, more);
    }

    private async Task<IReadOnlyDictionary<Ritual, DateTime?>> NextFiresLocalAsync(long teamId, TeamZone zone, CancellationToken ct)
    {
        // Triggers fire daily; what counts is the next fire on a day the team works.
        var today = zone.DateOf(clock.GetUtcNow().UtcDateTime);
        var calendar = await db.TeamCalendarAsync(teamId, today, today.AddDays(62), ct);
        var next = await schedules.NextFiresAsync(teamId, utc => calendar.IsWorkDay(zone.DateOf(utc)), ct: ct);
        return next.ToDictionary(kv => kv.Key, kv => kv.Value is { } utc ? zone.LocalOf(utc) : (DateTime?)null);
    }

    private async Task<string> AddManagersAsync(Texts t, Speaker speaker, Activity a, CancellationToken ct)
    {
        var mentioned = a.MentionedPeople();
        if (mentioned.Count == 0) return t["Reply_AddManagerNeedsMention"];
        var lines = new List<string>();
        foreach (var person in mentioned)
        {
            var member = await db.Members.FirstOrDefaultAsync(m => m.TeamId == speaker.Team.Id && m.IsActive && (m.TeamsUserId == person.Id || m.AadObjectId == person.Id), ct);
            if (member is null)
            {
                lines.Add(t.Format("Reply_AddManagerUnknownPerson", person.Name ?? person.Id));
            }
            else if (member.Role == MemberRole.Manager)
            {
                lines.Add(t.Format("Reply_AlreadyManager", member.Name));
            }
            else
            {
                member.Role = MemberRole.Manager;
                lines.Add(t.Format("Reply_ManagerAdded", t.PersonName(member.Name), t.TeamName(speaker.Team.Name)));
                log.LogInformation("Member {MemberId} made manager of team {TeamId} by {ByMemberId}", member.Id, speaker.Team.Id, speaker.Member.Id);
            }
        }

        await db.SaveChangesAsync(ct);
        return string.Join("\n", lines);
    }
}
