using IronArmy.Core.Teams;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Commands;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Scheduling;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Kickoff;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The kickoff's text commands: a rep's <c>plan</c>, <c>leave</c> and <c>back</c>; a manager's
/// <c>kickoff now</c>, holidays, make-up work days, the daily standard and the reminder offsets.
/// </summary>
public sealed class KickoffCommands(IronArmyDbContext db, KickoffCards cards, RitualNow rituals, TimeProvider clock) : ICommandHandler
{
    public static IReadOnlyCollection<Type> Commands { get; } =
    [
        typeof(OpenKickoffCommand), typeof(KickoffNowCommand), typeof(LeaveCommand), typeof(BackCommand),
        typeof(SetHolidayCommand), typeof(SetMakeUpWorkDayCommand), typeof(SetStandardCommand), typeof(SetReminderCommand),
    ];

    public async Task<Activity?> HandleAsync(CommandRequest request, CancellationToken ct)
    {
        var (command, speaker, t) = (request.Command, request.Speaker, request.Texts);
        var (team, member) = (speaker.Team, speaker.Member);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = team.Schedule.Zone.DateOf(now);
        switch (command)
        {
            case OpenKickoffCommand:
                return CardMessage.Of(await cards.OpenAsync(team, member, today, t, ct));

            case KickoffNowCommand:
                return CardMessage.Text(await rituals.RunAsync(Ritual.Kickoff, team, t, "Reply_KickoffNow", ct));

            case LeaveCommand leave:
                var dates = leave.Dates ?? DateRange.Day(today);
                await db.AddLeaveAsync(member.Id, dates.Start, dates.End, now, ct);
                return CardMessage.Text(t.Format("Reply_LeaveSet", dates.ToString()));

            case BackCommand:
                var ended = await db.EndLeaveFromAsync(member.Id, today, now, ct);
                return CardMessage.Text(t[ended > 0 ? "Reply_BackSet" : "Reply_BackNoLeave"]);

            case SetHolidayCommand holiday:
                await db.SetTeamDaysAsync(team.Id, holiday.Dates.Start, holiday.Dates.End, DayOverride.Holiday, member.Id, now, ct);
                return CardMessage.Text(t.Format("Reply_HolidaySet", holiday.Dates.ToString(), t.TeamName(team.Name)));

            case SetMakeUpWorkDayCommand workday:
                await db.SetTeamDaysAsync(team.Id, workday.Dates.Start, workday.Dates.End, DayOverride.MakeUpWorkDay, member.Id, now, ct);
                return CardMessage.Text(t.Format("Reply_WorkdaySet", workday.Dates.ToString(), t.TeamName(team.Name)));

            case SetStandardCommand standard:
                team.Standard = team.Standard.With(standard.Measure, standard.Value);
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.Format("Reply_StandardSet", t.MeasureName(standard.Measure), standard.Value));

            case SetReminderCommand reminder:
                team.Reminders = team.Reminders.With(reminder.Reminder, TimeSpan.FromMinutes(reminder.Minutes));
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.FormatCount("Reply_ReminderSet", reminder.Minutes, t[$"Reminder_{reminder.Reminder}"], reminder.Minutes));

            default:
                throw new ArgumentOutOfRangeException(nameof(command), command, "Not a kickoff command.");
        }
    }
}
