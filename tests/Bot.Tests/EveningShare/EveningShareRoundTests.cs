using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Tests.Scheduling;
using IronArmy.Bot.EveningShare;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Teams;
using IronArmy.Data.Calendar;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IronArmy.Bot.Tests.EveningShare;

/// <summary>
/// The evening share's round on the fixture's clock: who is prompted, when its follow-ups are
/// scheduled in the team's zone (and moved by a late <c>share now</c>), and that Quartz firing them
/// at those instants nudges only the reps still missing — and nobody once the digest time has come.
/// </summary>
public sealed class EveningShareRoundTests
{
    // Thursday 2026-06-11 18:30 in Shanghai; the digest is at 21:00 (13:00 UTC).
    private static readonly DateTime Share = new(2026, 6, 11, 10, 30, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private sealed record Team4(Team Team, Member Ana, Member Bo, Member Cy, Member Mia);

    /// <summary>Ana has not shared, Bo has, Cy is on leave, Mia is the manager; the team has a channel.</summary>
    private static async Task<Team4> TeamAsync(SchedulingFixture f, TeamSchedule schedule, DateOnly date)
    {
        var team = await f.AddTeamAsync(schedule, name: "East");
        var ana = await f.AddMemberAsync(team.Id, "Ana");
        var bo = await f.AddMemberAsync(team.Id, "Bo");
        var cy = await f.AddMemberAsync(team.Id, "Cy");
        var mia = await f.AddMemberAsync(team.Id, "Mia", MemberRole.Manager);
        await using var db = f.NewDb();
        await db.Teams.Where(t => t.Id == team.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ChannelId, "19:east@thread.tacv2"));
        await db.AddLeaveAsync(cy.Id, date, date, f.Clock.GetUtcNow().UtcDateTime, default);
        var recap = new Recap([], [], [], null, null, null, []);
        await db.SaveRecapAsync(team.Id, bo.Id, date, recap, bo.Id, f.Clock.GetUtcNow().UtcDateTime, default);
        return new Team4(team, ana, bo, cy, mia);
    }

    private static async Task<int> StartAsync(SchedulingFixture f, long teamId, DateTime firedForUtc)
    {
        await using var scope = f.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RitualFanOut>().RunAsync(Ritual.EveningShare, teamId, firedForUtc, default);
    }

    private static async Task<DateTime?> StepAtAsync(SchedulingFixture f, long teamId, string step, DateOnly date)
    {
        var trigger = await (await f.Scheduler()).GetTrigger(EveningShareKeys.FollowUp(teamId, step, date) is var k ? new TriggerKey(k.Name, k.Group) : null);
        return trigger?.StartTimeUtc.UtcDateTime;
    }

    private static async Task<List<string>> KeysAsync(SchedulingFixture f)
    {
        await using var db = f.NewDb();
        return await db.Outbox.OrderBy(o => o.Id).Select(o => o.IdempotencyKey).ToListAsync();
    }

    [Fact]
    public async Task The_share_prompts_only_reps_without_a_recap_and_schedules_its_steps_in_the_teams_zone()
    {
        await using var f = new SchedulingFixture(Share);
        var date = new DateOnly(2026, 6, 11);
        var t = await TeamAsync(f, TeamSchedule.Default, date);

        Assert.Equal(1, await StartAsync(f, t.Team.Id, Share));
        Assert.Equal(0, await StartAsync(f, t.Team.Id, Share)); // a repeat prompts nobody

        Assert.Equal([RitualKeys.Idempotency(Ritual.EveningShare, t.Ana.Id, new DateOnly(2026, 6, 11))], await KeysAsync(f));
        Assert.Equal(Share.AddMinutes(30), await StepAtAsync(f, t.Team.Id, "nudge", date));
        Assert.Equal(Share.AddMinutes(60), await StepAtAsync(f, t.Team.Id, "managers", date));
        Assert.Equal(Share.AddMinutes(150), await StepAtAsync(f, t.Team.Id, "wins", date)); // 21:00, the digest
        f.DeleteDatabase();
    }

    [Fact]
    public async Task A_late_share_now_keeps_the_offsets_from_when_it_started_and_drops_a_list_that_would_follow_the_digest()
    {
        // Monday 2026-03-09 in New York, the day after clocks went forward (EDT, UTC-4): share 18:30 = 22:30 UTC,
        // digest 21:00 = 01:00 UTC. The manager types share now at 20:15 (00:15 UTC, already the 10th in UTC).
        var now = new DateTime(2026, 3, 10, 0, 15, 0, DateTimeKind.Utc);
        await using var f = new SchedulingFixture(now);
        var date = new DateOnly(2026, 3, 9);
        var newYork = TeamSchedule.Default with { Zone = TeamZone.Of("America/New_York"), WorkDays = new WorkWeek(0x7F) };
        var t = await TeamAsync(f, newYork, date);
        await using (var db = f.NewDb())
            await db.Teams.Where(x => x.Id == t.Team.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.RecapReminders.Nudge, TimeSpan.FromMinutes(20)));

        Assert.Equal(1, await StartAsync(f, t.Team.Id, now));

        Assert.Equal([RitualKeys.Idempotency(Ritual.EveningShare, t.Ana.Id, new DateOnly(2026, 3, 9))], await KeysAsync(f));
        Assert.Equal(now.AddMinutes(20), await StepAtAsync(f, t.Team.Id, "nudge", date));
        Assert.Null(await StepAtAsync(f, t.Team.Id, "managers", date)); // 21:15 local: after the digest
        Assert.Equal(new DateTime(2026, 3, 10, 1, 0, 0, DateTimeKind.Utc), await StepAtAsync(f, t.Team.Id, "wins", date));
        f.DeleteDatabase();
    }

    [Fact]
    public async Task Quartz_fires_the_nudge_at_its_time_to_the_reps_still_missing()
    {
        await using var f = new SchedulingFixture(Share);
        var date = new DateOnly(2026, 6, 11);
        var t = await TeamAsync(f, TeamSchedule.Default, date);
        await StartAsync(f, t.Team.Id, Share);
        var scheduler = await f.Scheduler();
        var nudged = new JobRan();
        scheduler.ListenerManager.AddJobListener(nudged, [Matchers.Key(EveningShareKeys.FollowUp(t.Team.Id, "nudge", date))]);

        f.Clock.SetUtcNow(Share.AddMinutes(30)); // 19:00 Shanghai: the nudge is due, the managers' list is not
        await scheduler.Start();
        await nudged.Completed.Task.WaitAsync(Patience);
        await scheduler.Shutdown(waitForJobsToComplete: true);

        var keys = await KeysAsync(f);
        Assert.Equal([RitualKeys.Idempotency(Ritual.EveningShare, t.Ana.Id, new DateOnly(2026, 6, 11)), EveningShareKeys.Nudge(t.Ana.Id, new DateOnly(2026, 6, 11))], keys);
        f.DeleteDatabase();
    }

    [Fact]
    public async Task Steps_that_fire_only_after_the_digest_send_nothing()
    {
        await using var f = new SchedulingFixture(Share);
        var date = new DateOnly(2026, 6, 11);
        var t = await TeamAsync(f, TeamSchedule.Default, date);
        // Due at 20:50 and 20:55, just before the 21:00 digest, so they are scheduled.
        await using (var db = f.NewDb())
            await db.Teams.Where(x => x.Id == t.Team.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.RecapReminders.Nudge, TimeSpan.FromMinutes(140))
                .SetProperty(x => x.RecapReminders.Managers, TimeSpan.FromMinutes(145)));
        await StartAsync(f, t.Team.Id, Share);
        var scheduler = await f.Scheduler();
        var nudge = new JobRan();
        var managers = new JobRan();
        scheduler.ListenerManager.AddJobListener(nudge, [Matchers.Key(EveningShareKeys.FollowUp(t.Team.Id, "nudge", date))]);
        scheduler.ListenerManager.AddJobListener(managers, [Matchers.Key(EveningShareKeys.FollowUp(t.Team.Id, "managers", date))]);

        f.Clock.SetUtcNow(Share.AddMinutes(150).AddSeconds(30)); // the bot was busy until 21:00:30: both fire late, after the digest
        await scheduler.Start();
        await Task.WhenAll(nudge.Completed.Task, managers.Completed.Task).WaitAsync(Patience);
        await scheduler.Shutdown(waitForJobsToComplete: true);

        Assert.Equal([RitualKeys.Idempotency(Ritual.EveningShare, t.Ana.Id, new DateOnly(2026, 6, 11))], await KeysAsync(f));
        f.DeleteDatabase();
    }

    private sealed class JobRan : IJobListener
    {
        public TaskCompletionSource<IJobExecutionContext> Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name { get; } = "ran-" + Guid.NewGuid().ToString("N");

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (jobException is null) Completed.TrySetResult(context);
            else Completed.TrySetException(jobException);
            return ValueTask.CompletedTask;
        }
    }
}
