using IronArmy.Core.RideAlongs;
using IronArmy.Core.Teams;
using IronArmy.Data.RideAlongs;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.RideAlongs;

public sealed class RideAlongStoreTests : IAsyncLifetime
{
    private static readonly DateOnly Monday = new(2026, 6, 8);
    private static readonly DateTime Noon = new(2026, 6, 8, 4, 0, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    private static RideAlong Ride(long repId, string skill = "Objection handling", CoachingStage stage = CoachingStage.ISayYouListen, DateOnly? followUpOn = null, string? remarks = null) =>
        new(repId, "Acme Trading", stage, skill, "Good opening", "Pause after the price", "Role-play it", followUpOn ?? Monday.AddDays(3), remarks);

    private async Task<(long TeamId, long Manager, long Li, long Han)> TeamAsync()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Wang Fang", MemberRole.Manager), ("Li Lei", MemberRole.Rep), ("Han Meimei", MemberRole.Rep));
        return (team.Id, team.Named("Wang Fang").Id, team.Named("Li Lei").Id, team.Named("Han Meimei").Id);
    }

    [Fact]
    public async Task A_saved_ride_along_reads_back_whole_private_remarks_included_for_the_manager()
    {
        var (teamId, manager, li, _) = await TeamAsync();
        var ride = Ride(li, remarks: "Private: ask about home");
        long id;
        await using (var db = await database.CreateContextAsync())
            id = (await db.SaveRideAlongAsync(teamId, manager, Monday, ride, Noon, default)).Id;

        await using var read = await database.CreateContextAsync();
        var entry = await read.RideAlongAsync(id, default);
        Assert.NotNull(entry);
        Assert.Equal(ride, entry.ToCore());
        Assert.Equal((teamId, manager, Monday, Noon, (DateTime?)null), (entry.TeamId, entry.ManagerMemberId, entry.WorkDate, entry.LoggedAtUtc, entry.AcknowledgedAtUtc));
        Assert.Equal("OBJECTION HANDLING", entry.SkillKey);
    }

    [Fact]
    public async Task Acknowledging_is_the_reps_and_counts_once()
    {
        var (teamId, manager, li, han) = await TeamAsync();
        long id;
        await using (var db = await database.CreateContextAsync())
            id = (await db.SaveRideAlongAsync(teamId, manager, Monday, Ride(li), Noon, default)).Id;

        await using var ack = await database.CreateContextAsync();
        Assert.False(await ack.AcknowledgeRideAlongAsync(id, han, Noon, default));
        Assert.True(await ack.AcknowledgeRideAlongAsync(id, li, Noon.AddHours(1), default));
        Assert.False(await ack.AcknowledgeRideAlongAsync(id, li, Noon.AddHours(2), default));
        await using var read = await database.CreateContextAsync();
        Assert.Equal(Noon.AddHours(1), (await read.RideAlongAsync(id, default))!.AcknowledgedAtUtc);
    }

    [Fact]
    public async Task History_last_per_rep_follow_ups_due_and_a_managers_week()
    {
        var (teamId, manager, li, han) = await TeamAsync();
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRideAlongAsync(teamId, manager, Monday.AddDays(2), Ride(li, stage: CoachingStage.IDoYouWatch, followUpOn: Monday.AddDays(5)), Noon, default);
            await db.SaveRideAlongAsync(teamId, manager, Monday, Ride(li, followUpOn: Monday.AddDays(3)), Noon, default);
            await db.SaveRideAlongAsync(teamId, manager, Monday.AddDays(1), Ride(han, "Opening", CoachingStage.YouDoIWatch, Monday.AddDays(3)), Noon, default);
            await db.SaveRideAlongAsync(teamId, manager, Monday.AddDays(-7), Ride(han, "Opening", CoachingStage.YouSayIListen, Monday), Noon, default);
        }

        await using var read = await database.CreateContextAsync();
        var history = await read.CoachingHistoryAsync(li, default);
        Assert.Equal([(Monday, CoachingStage.ISayYouListen), (Monday.AddDays(2), CoachingStage.IDoYouWatch)], history.Select(s => (s.WorkDate, s.Stage)));

        var last = await read.LastRideAlongPerRepAsync(teamId, default);
        Assert.Equal(new Dictionary<long, DateOnly> { [li] = Monday.AddDays(2), [han] = Monday.AddDays(1) }, last);

        var due = await read.FollowUpsDueAsync(teamId, Monday.AddDays(3), default);
        Assert.Equal([li, han], due.Select(d => d.RepMemberId));
        Assert.All(due, d => Assert.Equal(manager, d.ManagerMemberId));
        Assert.Empty(await read.FollowUpsDueAsync(teamId, Monday.AddDays(4), default));

        Assert.Equal(3, await read.RideAlongsByManagerAsync(manager, Monday, Monday.AddDays(6), default));
        Assert.Equal(1, await read.RideAlongsByManagerAsync(manager, Monday.AddDays(-7), Monday.AddDays(-1), default));
    }

    [Fact]
    public async Task Rides_per_week_default_to_three_until_set()
    {
        var (teamId, _, _, _) = await TeamAsync();
        await using (var db = await database.CreateContextAsync())
        {
            Assert.Equal(3, await db.RidesPerWeekAsync(teamId, default));
            await db.SetRidesPerWeekAsync(teamId, 5, default);
            await db.SetRidesPerWeekAsync(teamId, 4, default);
        }

        await using var read = await database.CreateContextAsync();
        Assert.Equal(4, await read.RidesPerWeekAsync(teamId, default));
        Assert.Equal(1, await read.Set<RideAlongSettingsEntry>().CountAsync());
    }

    [Fact]
    public async Task A_team_without_ride_alongs_has_no_last_one()
    {
        var (teamId, _, _, _) = await TeamAsync();
        await using var db = await database.CreateContextAsync();
        Assert.Empty(await db.LastRideAlongPerRepAsync(teamId, default));
    }
}
