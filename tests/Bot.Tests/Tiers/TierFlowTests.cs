using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Conversations;
using IronArmy.Bot.Tiers;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.RideAlongs;
using IronArmy.Core.Tiers;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.RideAlongs;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.Tiers;

/// <summary>
/// 271 through the whole bot: a team of ten reps and a manager, with the last weeks of history seeded
/// as day rollups (what recaps write), asked for by the manager and by reps, in both languages, its
/// settings, the digest's lines and the month's card on the month's last work day.
/// </summary>
public sealed class TierFlowTests : IDisposable
{
    /// <summary>Rep i's level: rep01 is the best, rep10 the weakest; "newbie" joined too late to be ranked.</summary>
    private static readonly string[] Reps = [.. Enumerable.Range(1, 10).Select(i => $"rep{i:D2}")];

    private BotHost _bot = new();
    private long _teamId;

    public void Dispose() => _bot.Dispose();

    private async Task InstallAsync(DateTimeOffset? now = null)
    {
        if (now is not null)
        {
            _bot.Dispose();
            _bot = new BotHost(now);
        }

        _bot.Connector.Roster.Add(new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" });
        _bot.Connector.Roster.AddRange(Reps.Select(r => new TeamsChannelAccount { Id = "29:" + r, Name = "Name " + r }));
        _bot.Connector.Roster.Add(new TeamsChannelAccount { Id = "29:newbie", Name = "Name newbie" });
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam(locale: "en-US"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set timezone " + BotHost.Zone));
        _teamId = await _bot.WithDbAsync(db => db.Teams.Select(t => t.Id).SingleAsync());
        // 30 days of history (Mon–Sat, the default work week), better reps doing more; the newbie shared 2 days.
        await _bot.WithDbAsync(async db =>
        {
            var members = await db.Members.Where(m => m.TeamId == _teamId).ToDictionaryAsync(m => m.TeamsUserId, m => m.Id);
            var today = _bot.Today();
            for (var d = today.AddDays(-30); d < today; d = d.AddDays(1))
            {
                for (var i = 0; i < Reps.Length; i++)
                {
                    var level = Reps.Length - i;
                    db.RepDayRollups.Add(RepDayRollup.Of(_teamId, members["29:" + Reps[i]], new RepDayTally(d, 4 + level / 2, level / 3, level * 1_000_00, 1, level * 1_000_00, level / 5, false, false), _bot.UtcNow));
                }
            }

            // The team was on the bot before the test's install: everyone joined two months ago, the newbie three days ago.
            await db.Members.Where(m => m.TeamId == _teamId).ExecuteUpdateAsync(s => s.SetProperty(m => m.JoinedAtUtc, _bot.UtcNow.AddDays(-60)));
            await db.Members.Where(m => m.TeamsUserId == "29:newbie").ExecuteUpdateAsync(s => s.SetProperty(m => m.JoinedAtUtc, _bot.UtcNow.AddDays(-3)));
            return await db.SaveChangesAsync();
        });
        _bot.Connector.Messages.Clear();
    }

    private async Task<string> AskAsync(string userId, string text, string locale = "en-US")
    {
        await _bot.SendAsync(TeamsEvents.Personal(userId, text, locale));
        await _bot.DrainAsync();
        var replies = _bot.Connector.To("a:" + userId);
        Assert.NotEmpty(replies);
        return BotHost.Words(replies[^1].Activity);
    }

    [Fact]
    public async Task A_manager_gets_every_rep_by_tier_with_the_score_explained()
    {
        await InstallAsync();

        var words = await AskAsync("29:manager", "271");

        Assert.Contains("271 · ", words);
        Assert.Contains("2 · share and coach (2)", words);
        Assert.Contains("1 · help first (1)", words);
        Assert.Contains("1. Name rep01", words);
        Assert.Contains("10. Name rep10", words);
        Assert.Contains("Not yet ranked (1)", words);
        Assert.Contains("Name newbie · 2 of 10 due days", words);
        Assert.Contains("signed amount 40 · valid new 25 · visits 20 · moved to A 15", words);
        Assert.Contains("From the last 20 work days", words);
        Assert.Contains("held back by", words);
    }

    [Fact]
    public async Task A_rep_gets_only_their_own_tier_and_what_would_lift_it()
    {
        await InstallAsync();

        var words = await AskAsync("29:rep09", "271");

        Assert.Contains("Your 271", words);
        Assert.Contains("Tier lower 7", words);
        Assert.Contains("What would lift it most: more", words);
        Assert.DoesNotContain("Name rep", words);
        Assert.DoesNotContain("help first", words);
        Assert.Contains("Not yet ranked: 2 of the 10 due days", await AskAsync("29:newbie", "271"));
    }

    [Fact]
    public async Task Chinese_words_get_the_chinese_card()
    {
        await InstallAsync();

        var words = await AskAsync("29:manager", "二七一", "zh-CN");

        Assert.Contains("2 · 分享与带教（2 人）", words);
        Assert.Contains("暂不排名", words);
        Assert.Contains("我的 271", await AskAsync("29:rep01", "二七一", "zh-CN"));
    }

    [Fact]
    public async Task Asked_in_the_channel_the_271_goes_to_the_askers_own_chat_only()
    {
        await InstallAsync();

        await _bot.SendAsync(TeamsEvents.InChannel("29:manager", "271"));
        await _bot.DrainAsync();

        Assert.DoesNotContain(_bot.Connector.To(TeamsEvents.TeamId), m => BotHost.Words(m.Activity).Contains("Name rep", StringComparison.Ordinal));
        Assert.Contains(_bot.Connector.To("a:29:manager"), m => BotHost.Words(m.Activity).Contains("1. Name rep01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Settings_are_stored_shown_in_status_and_bad_input_stores_nothing()
    {
        await InstallAsync();

        Assert.Contains("last 30 work days", await AskAsync("29:manager", "set 271 window 30"));
        Assert.Contains("已改为", await AskAsync("29:manager", "设置271 权重 10 20 30 40", "zh-CN"));
        Assert.Contains("not four weights", await AskAsync("29:manager", "set 271 weights 40 25 20"));
        Assert.Contains("不是四个权重", await AskAsync("29:manager", "设置271 权重 0 0 0 0", "zh-CN"));
        Assert.Contains("is not a number in range", await AskAsync("29:manager", "set 271 window 0"));
        Assert.Contains("manager", await AskAsync("29:rep01", "set 271 window 10"), StringComparison.OrdinalIgnoreCase);

        var stored = await _bot.WithDbAsync(db => db.Teams.Where(t => t.Id == _teamId).Select(t => t.Tiers).SingleAsync());
        Assert.Equal(new TierSettings(30, new TierWeights(10, 20, 30, 40)), stored);
        Assert.Contains("last 30 work days · weighted signed amount 10 · valid new 20 · visits 30 · moved to A 40", await AskAsync("29:manager", "status"));
    }

    [Fact]
    public async Task The_digest_names_whom_to_help_first_and_whom_to_ask_to_share()
    {
        await InstallAsync();

        await AskAsync("29:manager", "digest now");
        var all = string.Join("\n", _bot.Connector.To("a:29:manager").Select(m => BotHost.Words(m.Activity)));

        Assert.Contains("271", all);
        Assert.Contains("2 · ask to share", all);
        Assert.Contains("1 · help first", all);
        Assert.Contains("lower 7 · help first", all);
        Assert.DoesNotContain(Reps, r => _bot.Connector.To("a:29:" + r).Any(m => BotHost.Words(m.Activity).Contains("help first", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_digest_names_the_help_first_reps_without_a_ride_along_in_the_last_ten_work_days()
    {
        await InstallAsync();
        // rep10 is the "1", rep07–rep09 the lower 7. rep09 had a ride-along two days ago, rep08 a month ago, rep07 never.
        await _bot.WithDbAsync(async db =>
        {
            var members = await db.Members.Where(m => m.TeamId == _teamId).ToDictionaryAsync(m => m.TeamsUserId, m => m.Id);
            RideAlongEntry Ride(string rep, int daysAgo) => new()
            {
                TeamId = _teamId, ManagerMemberId = members["29:manager"], RepMemberId = members["29:" + rep], WorkDate = _bot.Today().AddDays(-daysAgo),
                Customer = "Acme", Stage = CoachingStage.IDoYouWatch, Skill = "Opening", SkillKey = "opening", OneChange = "Slow down", FollowUp = "Check in",
                FollowUpOn = _bot.Today(), LoggedAtUtc = _bot.UtcNow,
            };
            db.Set<RideAlongEntry>().AddRange(Ride("rep09", 2), Ride("rep08", 30));
            return await db.SaveChangesAsync();
        });

        await AskAsync("29:manager", "digest now");
        var all = string.Join("\n", _bot.Connector.To("a:29:manager").Select(m => BotHost.Words(m.Activity)));

        const string Heading = "Ride along next: no ride-along in the last 10 work days";
        Assert.Contains(Heading, all);
        var section = all[all.IndexOf(Heading, StringComparison.Ordinal)..];
        Assert.Contains("1 · no ride-along yet", section);
        Assert.Contains("Name rep10", section);
        Assert.Contains("Name rep07", section);
        Assert.Contains("Name rep08", section);
        Assert.Contains("lower 7 · last ride-along", section);
        Assert.DoesNotContain("Name rep09", section);
        Assert.DoesNotContain("Name rep01", section);
        Assert.DoesNotContain(Reps, r => _bot.Connector.To("a:29:" + r).Any(m => BotHost.Words(m.Activity).Contains("Ride along next", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task On_the_months_last_work_day_each_manager_gets_the_months_271_once()
    {
        // Tuesday 30 June 2026, the last work day of June, 10:00 in Shanghai.
        await InstallAsync(new DateTimeOffset(2026, 6, 30, 10, 0, 0, TimeSpan.FromHours(8)));

        await _bot.AdvanceToAsync(new TimeOnly(21, 5));
        await _bot.DrainAsync();

        var month = _bot.Connector.To("a:29:manager").Where(m => BotHost.Words(m.Activity).Contains("271 of June 2026", StringComparison.Ordinal)).ToList();
        Assert.Single(month);
        Assert.Contains("Since ", BotHost.Words(month[0].Activity));
        Assert.DoesNotContain(_bot.Connector.To(TeamsEvents.TeamId), m => BotHost.Words(m.Activity).Contains("271", StringComparison.Ordinal));
        Assert.DoesNotContain(Reps, r => _bot.Connector.To("a:29:" + r).Any(m => BotHost.Words(m.Activity).Contains("271", StringComparison.Ordinal)));
        var keys = await _bot.WithDbAsync(db => db.Outbox.Where(o => o.IdempotencyKey.StartsWith("tiers-month:")).Select(o => o.IdempotencyKey).ToListAsync());
        Assert.Single(keys);
    }

    [Fact]
    public async Task On_other_days_no_monthly_271_is_sent()
    {
        await InstallAsync();

        await _bot.AdvanceToAsync(new TimeOnly(21, 5));
        await _bot.DrainAsync();

        Assert.DoesNotContain(_bot.Connector.To("a:29:manager"), m => BotHost.Words(m.Activity).Contains("271 of", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Over_a_week_no_tier_of_another_rep_reaches_a_rep_or_the_channel()
    {
        // Monday 22 June 2026 10:00: a week of work days with their digests, then the month's end on the 30th.
        await InstallAsync(new DateTimeOffset(2026, 6, 22, 10, 0, 0, TimeSpan.FromHours(8)));
        for (var day = 0; day < 9; day++)
        {
            foreach (var rep in Reps.Append("newbie")) await _bot.SendAsync(TeamsEvents.Personal("29:" + rep, day % 2 == 0 ? "271" : "二七一", day % 2 == 0 ? "en-US" : "zh-CN"));
            await _bot.SendAsync(TeamsEvents.InChannel("29:rep01", "271"));
            await _bot.SendAsync(TeamsEvents.InChannel("29:manager", "271"));
            await _bot.AdvanceAsync(TimeSpan.FromDays(1));
            await _bot.DrainAsync();
        }

        Assert.Contains(_bot.Connector.To("a:29:manager"), m => BotHost.Words(m.Activity).Contains("271 of June 2026", StringComparison.Ordinal));
        foreach (var sent in _bot.Connector.Messages.Where(m => m.ConversationId != "a:29:manager"))
        {
            var words = BotHost.Words(sent.Activity);
            var own = sent.ConversationId.StartsWith("a:29:", StringComparison.Ordinal) ? "Name " + sent.ConversationId["a:29:".Length..] : null;
            // Any 271 a rep or the channel sees names nobody but, at most, the rep it is for.
            string[] markers = ["Your 271", "我的 271", "271 · ", "271 of ", "271 排名", "held back by", "短板"];
            if (!markers.Any(k => words.Contains(k, StringComparison.Ordinal))) continue;
            Assert.DoesNotContain(Reps.Append("newbie").Select(r => "Name " + r).Where(n => n != own), n => words.Contains(n, StringComparison.Ordinal));
            Assert.DoesNotContain("help first", words);
            Assert.DoesNotContain("优先帮扶", words);
        }
    }
}
