using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations.Commands;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Commands;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Scheduling;
using IronArmy.Data;
using IronArmy.Data.Calendar;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The evening share's manager commands: <c>share now</c>, the reminder offsets
/// (<c>set reminders share-nudge 30</c>) and posting shared wins to the channel (<c>set share wins on</c>).
/// </summary>
public sealed class EveningShareCommands(IronArmyDbContext db, EveningShareRound round, TimeProvider clock)
{
    public static bool Handles(Command command) => command is ShareNowCommand or SetRecapReminderCommand or SetShareWinsCommand;

    public async Task<Activity> HandleAsync(Texts t, Speaker speaker, Command command, CancellationToken ct)
    {
        var team = speaker.Team;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = WorkDay.Of(now, team.TimeZoneId);
        switch (command)
        {
            case ShareNowCommand:
                var calendar = await db.TeamCalendarAsync(team.Id, today, today, ct);
                if (!calendar.IsWorkDay(today)) return CardMessage.Text(t.Format("Reply_NotWorkDay", t.LocalDate(today)));
                var prompted = await round.StartAsync(team.Id, now, ct);
                return CardMessage.Text(t.Format("Reply_ShareNow", prompted, t.LocalDate(today)));

            case SetRecapReminderCommand reminder:
                team.RecapReminders = team.RecapReminders.With(reminder.Reminder, TimeSpan.FromMinutes(reminder.Minutes));
                await db.SaveChangesAsync(ct);
                var set = t.Format("Reply_RecapReminderSet", t[$"RecapReminder_{reminder.Reminder}"], reminder.Minutes);
                // Said now rather than discovered tonight: a follow-up that would land at or after the digest is skipped.
                var timeline = EveningShareTimeline.For(today, team.Schedule, team.RecapReminders);
                var at = reminder.Reminder == RecapReminder.Nudge ? timeline.NudgeUtc : timeline.ManagersUtc;
                return CardMessage.Text(timeline.BeforeDigest(at)
                    ? set
                    : set + "\n" + t.Format("Reply_RecapReminderAfterDigest", team.Schedule.Digest.ToString("HH:mm")));

            case SetShareWinsCommand { On: true } when team.ChannelId is null:
                return CardMessage.Text(t["Reply_ShareWinsNoChannel"]);

            case SetShareWinsCommand wins:
                team.PostSharedWins = wins.On;
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(wins.On ? t.Format("Reply_ShareWinsOn", team.Schedule.Digest.ToString("HH:mm")) : t["Reply_ShareWinsOff"]);

            default:
                throw new ArgumentOutOfRangeException(nameof(command), command, "Not an evening share command.");
        }
    }
}
