using IronArmy.Bot.RideAlongs;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Leaderboards;
using IronArmy.Bot.Onboarding;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Tiers;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Tests.Conversations;

/// <summary>
/// The keys are stored (outbox rows, Quartz jobs): a format that changes between two releases would
/// send every message of the day again after an upgrade. Each feature's keys, spelled out once here.
/// </summary>
public sealed class IdempotencyKeyTests
{
    private static readonly DateOnly Day = new(2026, 12, 4);

    [Fact]
    public void Ritual_prompts_are_one_per_person_ritual_date_and_part()
    {
        Assert.Equal("kickoff:7:2026-12-04", RitualKeys.Idempotency(Ritual.Kickoff, 7, Day));
        Assert.Equal("share:7:2026-12-04", RitualKeys.Idempotency(Ritual.EveningShare, 7, Day));
        Assert.Equal("digest:7:2026-12-04:2", RitualKeys.Idempotency(Ritual.Digest, 7, Day, part: 2));
        Assert.Equal(("digest", "team-3"), (RitualKeys.Job(3, Ritual.Digest).Name, RitualKeys.Job(3, Ritual.Digest).Group));
    }

    [Fact]
    public void Kickoff_keys()
    {
        Assert.Equal("kickoff-nudge:7:2026-12-04", KickoffKeys.Nudge(7, Day));
        Assert.Equal("kickoff-missing", KickoffKeys.MissingList);
        Assert.Equal("board:3:2026-12-04", KickoffKeys.MorningBoard(3, Day));
        Assert.Equal(("nudge-2026-12-04", "kickoff-3"), (KickoffKeys.FollowUp(3, "nudge", Day).Name, KickoffKeys.FollowUp(3, "nudge", Day).Group));
    }

    [Fact]
    public void Evening_share_keys()
    {
        Assert.Equal("share-nudge:7:2026-12-04", EveningShareKeys.Nudge(7, Day));
        Assert.Equal("late-recap:12:7", EveningShareKeys.LateRecap(12, 7));
        Assert.Equal("share-missing", EveningShareKeys.MissingList);
        Assert.Equal("wins:3:2026-12-04", EveningShareKeys.SharedWins(3, Day));
        Assert.Equal("digest-now:7:abc", EveningShareKeys.DigestNow(7, "abc"));
        Assert.Equal(("wins-2026-12-04", "share-3"), (EveningShareKeys.FollowUp(3, "wins", Day).Name, EveningShareKeys.FollowUp(3, "wins", Day).Group));
    }

    [Fact]
    public void Leaderboard_keys()
    {
        Assert.Equal("leaderboard:3:week:2026-11-30", LeaderboardKeys.ScheduledBoard(3, BoardPeriod.WeekOf(Day, WorkWeek.MondayToSaturday)));
        Assert.Equal("leaderboard-now:3:abc", LeaderboardKeys.BoardNow(3, "abc"));
        Assert.Equal("board-private:7:abc", LeaderboardKeys.PrivateBoard(7, "abc"));
        Assert.Equal("shoutouts:3:41", LeaderboardKeys.ShoutOutPost(3, 41));
        Assert.Equal(("post-2026-12-04", "boards-3"), (LeaderboardKeys.BoardPost(3, Day).Name, LeaderboardKeys.BoardPost(3, Day).Group));
        Assert.Equal(("post", "shoutouts-3"), (LeaderboardKeys.ShoutOutJob(3).Name, LeaderboardKeys.ShoutOutJob(3).Group));
    }

    [Fact]
    public void Ride_along_keys()
    {
        Assert.Equal("ride-note:41", RideAlongKeys.Note(41));
        Assert.Equal("ride-ack:41", RideAlongKeys.Acknowledged(41));
        Assert.Equal("ride-followup:41:rep:2026-12-04", RideAlongKeys.FollowUpToRep(41, Day));
        Assert.Equal("ride-followup:41:manager:2026-12-04", RideAlongKeys.FollowUpToManager(41, Day));
        Assert.Equal("ride-form:7:abc", RideAlongKeys.FormSentPrivately(7, "abc"));
        Assert.Equal("ride-followups", RideAlongKeys.FollowUpRound);
    }

    [Fact]
    public void Onboarding_keys()
    {
        Assert.Equal("welcome:channel:3", OnboardingKeys.ChannelWelcome(3));
        Assert.Equal("welcome:3:7", OnboardingKeys.MemberWelcome(3, 7));
        Assert.Equal(("roster-3", "roster"), (OnboardingKeys.RosterSync(3).Name, OnboardingKeys.RosterSync(3).Group));
    }

    [Fact]
    public void The_271s_keys_are_once_per_team_month_and_manager_and_once_per_request()
    {
        Assert.Equal("tiers-month:3:2026-12:7", TierKeys.Month(3, new DateOnly(2026, 12, 1), 7));
        Assert.Equal("tiers-month:3:2026-12:7:2", RitualKeys.Part(TierKeys.Month(3, new DateOnly(2026, 12, 31), 7), 2));
        Assert.Equal("tiers:7:act-1", TierKeys.Asked(7, "act-1"));
        Assert.Equal("tiers-month", TierKeys.MonthJob);
    }
}
