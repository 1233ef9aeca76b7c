using IronArmy.Bot.EveningShare;
using IronArmy.Data.EveningShare;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Leaderboards;
using IronArmy.Core.Scheduling;
using IronArmy.Data.Calendar;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Cards.Help;
using IronArmy.Bot.Cards.Settings;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Commands;
using IronArmy.Core.Language;
using IronArmy.Core.Teams;
using IronArmy.Data;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Conversations.Commands;

/// <summary>
/// Carries out a text command and queues the answer. Manager commands from a non-manager are
/// refused with an explanation and change nothing; bad arguments get the usage, never an error.
/// </summary>
public sealed class CommandHandler(
    IronArmyDbContext db,
    SpeakerLookup speakers,
    TeamSchedules schedules,
    ConversationReplies replies,
    KickoffCommands kickoff,
    EveningShareCommands eveningShare,
    LeaderboardCommands leaderboards,
    RecapCards recapCards,
    DigestNow digestNow,
    TimeProvider clock,
    ILogger<CommandHandler> log)
{
    public async Task HandleAsync(Activity a, CancellationToken ct)
    {
        var text = a.CommandText();
        var command = CommandParser.Parse(text);
        var speaker = await speakers.FindAsync(a, ct);
        var t = Texts.For(SupportedLanguage.ForMessage(speaker?.Member.Locale ?? a.Locale, text));
        if (speaker is null)
        {
            await replies.ReplyAsync(a, CardMessage.Text(t["Reply_NoTeam"]), ct);
            return;
        }

        if (command.RequiresManager && speaker.Member.Role != MemberRole.Manager)
        {
            log.LogInformation("Refused {Command} from non-manager {MemberId}", command.GetType().Name, speaker.Member.Id);
            await replies.ReplyAsync(a, CardMessage.Text(t["Reply_ManagersOnly"]), ct);
            return;
        }

        if (KickoffCommands.Handles(command))
        {
            await replies.ReplyAsync(a, await kickoff.HandleAsync(t, speaker, command, ct), ct);
            return;
        }

        if (EveningShareCommands.Handles(command))
        {
            await replies.ReplyAsync(a, await eveningShare.HandleAsync(t, speaker, command, ct), ct);
            return;
        }

        if (LeaderboardCommands.Handles(command))
        {
            await replies.ReplyAsync(a, await leaderboards.HandleAsync(t, speaker, command, a.Id, ct), ct);
            return;
        }

        if (command is DigestNowCommand)
        {
            await digestNow.HandleAsync(t, speaker, a, ct);
            return;
        }

        var reply = command switch
        {
            HelpCommand => CardMessage.Of(HelpCard.Build(t, speaker.Member.Role, speaker.Team.Schedule, speaker.InChannel)),
            StatusCommand => CardMessage.Of(await StatusAsync(t, speaker, ct)),
            SetTimeZoneCommand c => await ChangeScheduleAsync(t, speaker, speaker.Team.Schedule with { TimeZoneId = c.TimeZoneId }, Ritual.Kickoff, "Reply_TimeZoneSet", c.TimeZoneId, ct),
            SetRitualTimeCommand c => await ChangeScheduleAsync(t, speaker, WithTime(speaker.Team.Schedule, c.Ritual, c.Time), c.Ritual, "Reply_RitualTimeSet", t.RitualName(c.Ritual), ct, c.Time.ToString("HH:mm")),
            SetWorkDaysCommand c => await ChangeScheduleAsync(t, speaker, speaker.Team.Schedule with { WorkDays = c.WorkDays }, Ritual.Kickoff, "Reply_WorkDaysSet", t.WorkDays(c.WorkDays), ct),
            AddManagerCommand => CardMessage.Text(await AddManagersAsync(t, speaker, a, ct)),
            InvalidCommand c => CardMessage.Text(t.Format(ProblemKey(c.Problem), c.Argument, t.Usage(c.Usage))),
            OpenRecapCommand => CardMessage.Of(await RecapAsync(t, speaker, ct)),
            UnknownCommand { Text.Length: 0 } => CardMessage.Text(t["Reply_EmptyHint"]),
            UnknownCommand c => CardMessage.Text(t.Format("Reply_UnknownHint", c.Text.Length > 60 ? c.Text[..60] + "…" : c.Text)),
            _ => CardMessage.Text(t["Reply_EmptyHint"]),
        };
        await replies.ReplyAsync(a, reply, ct);
    }

    /// <summary>Today's recap form, or its summary once shared.</summary>
    private async Task<Cards.AdaptiveCard> RecapAsync(Texts t, Speaker speaker, CancellationToken ct)
    {
        var today = WorkDay.Of(clock.GetUtcNow().UtcDateTime, speaker.Team.TimeZoneId);
        var saved = await db.FindRecapAsync(speaker.Member.Id, today, ct);
        return saved is not null
            ? await recapCards.SummaryAsync(speaker.Team, speaker.Member, saved, ct, t)
            : await recapCards.FormAsync(speaker.Team, speaker.Member, today, ct, language: t);
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
        var next = await NextFiresLocalAsync(speaker.Team.Id, schedule.TimeZoneId, ct);
        var nextText = next.GetValueOrDefault(shown) is { } n ? t.LocalDateTime(n) : t["Reply_NoWorkDays"];
        return CardMessage.Text(time is null ? t.Format(replyKey, what, nextText) : t.Format(replyKey, what, time, nextText));
    }

    private async Task<Cards.AdaptiveCard> StatusAsync(Texts t, Speaker speaker, CancellationToken ct)
    {
        var people = await db.Members.Where(m => m.TeamId == speaker.Team.Id && m.IsActive)
            .GroupBy(m => 1)
            .Select(g => new StatusCard.Headcount(
                g.Count(m => m.Role == MemberRole.Rep),
                g.Count(m => m.Role == MemberRole.Manager),
                g.Count(m => m.UnreachableSinceUtc != null)))
            .FirstOrDefaultAsync(ct) ?? new StatusCard.Headcount(0, 0, 0);
        var next = await NextFiresLocalAsync(speaker.Team.Id, speaker.Team.TimeZoneId, ct);
        var team = speaker.Team;
        var followUps = new StatusCard.FollowUps(team.Reminders, team.RecapReminders, team.ChannelId is null ? null : team.PostSharedWins);
        var benchmarks = new StatusCard.Benchmarks(
            team.BoardMetric, team.BoardTopSize, team.BoardAfterDigestMinutes, team.ShoutOutsEnabled, team.ShoutOutIntervalMinutes, team.ShoutOutRules, team.CurrencyCode);
        return StatusCard.Build(t, team.Name, team.Schedule, next, people, followUps, benchmarks);
    }

    private async Task<IReadOnlyDictionary<Ritual, DateTime?>> NextFiresLocalAsync(long teamId, string timeZoneId, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        // Triggers fire daily; what counts is the next fire on a day the team works.
        var today = WorkDay.Of(clock.GetUtcNow().UtcDateTime, timeZoneId);
        var calendar = await db.TeamCalendarAsync(teamId, today, today.AddDays(62), ct);
        var next = await schedules.NextFiresAsync(teamId, utc => calendar.IsWorkDay(WorkDay.Of(utc, timeZoneId)), ct: ct);
        return next.ToDictionary(kv => kv.Key, kv => kv.Value is { } utc ? TimeZoneInfo.ConvertTimeFromUtc(utc, zone) : (DateTime?)null);
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

    private static string ProblemKey(CommandProblem problem) => problem switch
    {
        CommandProblem.BadTime => "Reply_BadTime",
        CommandProblem.UnknownTimeZone => "Reply_UnknownTimeZone",
        CommandProblem.BadWorkDays => "Reply_BadWorkDays",
        CommandProblem.BadDate => "Reply_BadDate",
        CommandProblem.DateRangeReversed => "Reply_DateRangeReversed",
        CommandProblem.DateRangeTooLong => "Reply_DateRangeTooLong",
        CommandProblem.UnknownSetting => "Reply_UnknownSetting",
        CommandProblem.BadNumber => "Reply_BadNumber",
        CommandProblem.BadSwitch => "Reply_BadSwitch",
        _ => "Reply_MissingArgument",
    };
}
