using IronArmy.Core.Teams;
using IronArmy.Bot.Scheduling;
using IronArmy.Data.EveningShare;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Commands;
using IronArmy.Core.EveningShare;
using IronArmy.Data;
using IronArmy.Data.Calendar;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The evening share's text commands: a rep's <c>recap</c>; a manager's <c>share now</c>, the reminder offsets
/// (<c>set reminders share-nudge 30</c>) and posting shared wins to the channel (<c>set share wins on</c>).
/// </summary>
public sealed class EveningShareCommands(IronArmyDbContext db, RitualNow rituals, RecapCards cards, TimeProvider clock) : ICommandHandler
{
    public static IReadOnlyCollection<Type> Commands { get; } = [typeof(OpenRecapCommand), typeof(ShareNowCommand), typeof(SetRecapReminderCommand), typeof(SetShareWinsCommand)];

    public async Task<Activity?> HandleAsync(CommandRequest request, CancellationToken ct)
    {
        var (command, speaker, t) = (request.Command, request.Speaker, request.Texts);
        var team = speaker.Team;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = team.Schedule.Zone.DateOf(now);
        switch (command)
        {
            case OpenRecapCommand:
                return CardMessage.Of(await cards.OpenAsync(team, speaker.Member, today, t, ct));

            case ShareNowCommand:
                return CardMessage.Text(await rituals.RunAsync(Ritual.EveningShare, team, t, "Reply_ShareNow", ct));

            case SetRecapReminderCommand reminder:
                team.RecapReminders = team.RecapReminders.With(reminder.Reminder, TimeSpan.FromMinutes(reminder.Minutes));
                await db.SaveChangesAsync(ct);
                var set = t.FormatCount("Reply_RecapReminderSet", reminder.Minutes, t[$"RecapReminder_{reminder.Reminder}"], reminder.Minutes);
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
