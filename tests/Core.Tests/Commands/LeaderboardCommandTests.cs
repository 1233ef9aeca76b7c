using IronArmy.Core.Commands;
using IronArmy.Core.Leaderboards;

namespace IronArmy.Core.Tests.Commands;

public class LeaderboardCommandTests
{
    [Theory]
    [InlineData("board", BoardPeriodKind.Day)]
    [InlineData(" Board ", BoardPeriodKind.Day)]
    [InlineData("board today", BoardPeriodKind.Day)]
    [InlineData("board week", BoardPeriodKind.Week)]
    [InlineData("BOARD Month", BoardPeriodKind.Month)]
    [InlineData("leaderboard monthly", BoardPeriodKind.Month)]
    [InlineData("排行榜", BoardPeriodKind.Day)]
    [InlineData("排行榜 周", BoardPeriodKind.Week)]
    [InlineData("排行榜月", BoardPeriodKind.Month)]
    [InlineData("排行榜 本月", BoardPeriodKind.Month)]
    [InlineData("周榜", BoardPeriodKind.Week)]
    [InlineData("月榜", BoardPeriodKind.Month)]
    [InlineData("日榜", BoardPeriodKind.Day)]
    public void Board_shows_a_board_to_anyone_today_by_default(string text, BoardPeriodKind period)
    {
        var command = Assert.IsType<ShowBoardCommand>(CommandParser.Parse(text));
        Assert.Equal(period, command.Period);
        Assert.False(command.RequiresManager);
    }

    [Theory]
    [InlineData("board now", BoardPeriodKind.Day)]
    [InlineData("Board  NOW", BoardPeriodKind.Day)]
    [InlineData("board now week", BoardPeriodKind.Week)]
    [InlineData("post board month", BoardPeriodKind.Month)]
    [InlineData("发布排行榜", BoardPeriodKind.Day)]
    [InlineData("发布排行榜 月", BoardPeriodKind.Month)]
    public void Board_now_posts_to_the_channel_and_is_for_managers(string text, BoardPeriodKind period)
    {
        var command = Assert.IsType<PostBoardCommand>(CommandParser.Parse(text));
        Assert.Equal(period, command.Period);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("board yesterday", "yesterday")]
    [InlineData("排行榜 去年", "去年")]
    [InlineData("board now later", "later")]
    public void An_unknown_period_is_reported_not_guessed(string text, string argument)
    {
        var command = Assert.IsType<InvalidCommand>(CommandParser.Parse(text));
        Assert.Equal(CommandProblem.UnknownSetting, command.Problem);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("boards")]
    [InlineData("onboard")]
    [InlineData("set reminders board 20")]
    public void Near_misses_are_not_boards(string text)
    {
        var command = CommandParser.Parse(text);
        Assert.IsNotType<ShowBoardCommand>(command);
        Assert.IsNotType<PostBoardCommand>(command);
    }

    [Theory]
    [InlineData("battle month 2026-12 5000000", 2026, 12, 500_000_000)]
    [InlineData("battle month 2026/12 5,000,000", 2026, 12, 500_000_000)]
    [InlineData("battle month 2026-12 ¥5,000,000.50", 2026, 12, 500_000_050)]
    [InlineData("大战月 2026-12 5000000", 2026, 12, 500_000_000)]
    [InlineData("大战月 2026年12月 500万", 2026, 12, 500_000_000)]
    [InlineData("大战月2026-1 500万", 2026, 1, 500_000_000)]
    [InlineData("大战月 ２０２６－１２ ５００００００", 2026, 12, 500_000_000)]
    public void Battle_month_marks_a_month_with_a_goal_in_the_currency(string text, int year, int month, long fen)
    {
        var command = Assert.IsType<SetBattleMonthCommand>(CommandParser.Parse(text));
        Assert.Equal(new DateOnly(year, month, 1), command.Month);
        Assert.True(command.RequiresManager);
        Assert.True(command.TryGoalMinor(2, out var minor));
        Assert.Equal(fen, minor);
    }

    [Fact]
    public void The_goal_is_checked_against_the_teams_currency_when_it_runs()
    {
        var command = Assert.IsType<SetBattleMonthCommand>(CommandParser.Parse("battle month 2026-12 5000000.5"));
        Assert.True(command.TryGoalMinor(2, out var fen));
        Assert.Equal(500_000_050, fen);
        Assert.False(command.TryGoalMinor(0, out _)); // yen has no decimals
        Assert.True(Assert.IsType<SetBattleMonthCommand>(CommandParser.Parse("battle month 2026-12 5000000")).TryGoalMinor(0, out var yen));
        Assert.Equal(5_000_000, yen);
    }

    [Theory]
    [InlineData("battle month 2026-12 off", 2026, 12)]
    [InlineData("battle month 2026-12 cancel", 2026, 12)]
    [InlineData("cancel battle month 2026-12", 2026, 12)]
    [InlineData("大战月 2026-12 取消", 2026, 12)]
    [InlineData("取消大战月 2026-12", 2026, 12)]
    [InlineData("取消大战月2026年11月", 2026, 11)]
    public void A_battle_month_can_be_cancelled(string text, int year, int month)
    {
        var command = Assert.IsType<CancelBattleMonthCommand>(CommandParser.Parse(text));
        Assert.Equal(new DateOnly(year, month, 1), command.Month);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("battle month", CommandProblem.MissingArgument)]
    [InlineData("大战月", CommandProblem.MissingArgument)]
    [InlineData("battle month 2026-12", CommandProblem.MissingArgument)]
    [InlineData("battle month 5000000", CommandProblem.BadDate)]
    [InlineData("battle month 2026-13 5000000", CommandProblem.BadDate)]
    [InlineData("battle month 2026-12-01 5000000", CommandProblem.BadDate)]
    [InlineData("battle month 2026-12 lots", CommandProblem.BadNumber)]
    [InlineData("battle month 2026-12 0", CommandProblem.BadNumber)]
    [InlineData("battle month 2026-12 -5", CommandProblem.BadNumber)]
    [InlineData("battle month 2026-12 1,23", CommandProblem.BadNumber)]
    [InlineData("battle month 2026-12 1.0001", CommandProblem.BadNumber)]
    [InlineData("cancel battle month", CommandProblem.MissingArgument)]
    [InlineData("cancel battle month 2026-12 now", CommandProblem.BadDate)]
    public void Bad_battle_months_are_reported(string text, CommandProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Problem);

    [Theory]
    [InlineData("shoutouts off", false)]
    [InlineData("Shout-outs ON", true)]
    [InlineData("shoutout no", false)]
    [InlineData("标杆时刻 关", false)]
    [InlineData("标杆时刻关闭", false)]
    [InlineData("标杆时刻 开", true)]
    public void Anyone_chooses_whether_shout_outs_name_them(string text, bool named)
    {
        var command = Assert.IsType<NameMeInShoutOutsCommand>(CommandParser.Parse(text));
        Assert.Equal(named, command.Named);
        Assert.False(command.RequiresManager);
    }

    [Theory]
    [InlineData("shoutouts", CommandProblem.MissingArgument)]
    [InlineData("标杆时刻", CommandProblem.MissingArgument)]
    [InlineData("shoutouts maybe", CommandProblem.BadSwitch)]
    public void A_shout_out_choice_needs_on_or_off(string text, CommandProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Problem);

    [Theory]
    [InlineData("set board metric visits", BoardMetric.Visits)]
    [InlineData("set board metric signed", BoardMetric.SignedAmount)]
    [InlineData("set board headline validnew", BoardMetric.ValidNewCustomers)]
    [InlineData("set board metric A", BoardMetric.AConversions)]
    [InlineData("设置排行榜 指标 拜访", BoardMetric.Visits)]
    [InlineData("设置排行榜 指标 签单额", BoardMetric.SignedAmount)]
    [InlineData("设置排行榜指标有效新增", BoardMetric.ValidNewCustomers)]
    [InlineData("设置排行榜 指标 转A", BoardMetric.AConversions)]
    public void The_headline_metric_is_a_manager_setting(string text, BoardMetric metric)
    {
        var command = Assert.IsType<SetBoardMetricCommand>(CommandParser.Parse(text));
        Assert.Equal(metric, command.Metric);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set board top 10", 10)]
    [InlineData("set board top3", 3)]
    [InlineData("设置排行榜 前 20", 20)]
    [InlineData("设置排行榜 前20名", 20)]
    [InlineData("设置排行榜 人数 50", 50)]
    public void Top_N_is_a_manager_setting(string text, int top)
    {
        var command = Assert.IsType<SetBoardTopCommand>(CommandParser.Parse(text));
        Assert.Equal(top, command.Top);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set board after 30", 30)]
    [InlineData("set board after 0", 0)]
    [InlineData("set board delay 45 min", 45)]
    [InlineData("设置排行榜 汇总后 30分钟", 30)]
    public void The_daily_board_time_is_minutes_after_the_digest(string text, int minutes)
    {
        var command = Assert.IsType<SetBoardDelayCommand>(CommandParser.Parse(text));
        Assert.Equal(minutes, command.Minutes);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set shoutouts off", false)]
    [InlineData("set shout-outs on", true)]
    [InlineData("设置标杆时刻 关", false)]
    [InlineData("设置标杆时刻开", true)]
    public void Shout_outs_are_switched_for_the_team_by_a_manager(string text, bool on)
    {
        var command = Assert.IsType<SetShoutOutsCommand>(CommandParser.Parse(text));
        Assert.Equal(on, command.On);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set shoutouts million 1000000", 100_000_000)]
    [InlineData("set shoutouts million club 500,000", 50_000_000)]
    [InlineData("设置标杆时刻 百万 100万", 100_000_000)]
    [InlineData("设置标杆时刻 百万俱乐部 800000", 80_000_000)]
    public void The_million_club_threshold_is_an_amount(string text, long fen)
    {
        var command = Assert.IsType<SetMillionClubCommand>(CommandParser.Parse(text));
        Assert.True(command.RequiresManager);
        Assert.True(command.TryThresholdMinor(2, out var minor));
        Assert.Equal(fen, minor);
    }

    [Theory]
    [InlineData("set shoutouts streak 5", 5)]
    [InlineData("设置标杆时刻 连续 7天", 7)]
    public void The_streak_length_is_in_work_days(string text, int days)
    {
        var command = Assert.IsType<SetStreakDaysCommand>(CommandParser.Parse(text));
        Assert.Equal(days, command.Days);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set shoutouts every 10", 10)]
    [InlineData("set shoutouts interval 15 minutes", 15)]
    [InlineData("设置标杆时刻 间隔 20分钟", 20)]
    public void The_shout_out_interval_is_in_minutes(string text, int minutes)
    {
        var command = Assert.IsType<SetShoutOutIntervalCommand>(CommandParser.Parse(text));
        Assert.Equal(minutes, command.Minutes);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set board", CommandProblem.MissingArgument)]
    [InlineData("set board top", CommandProblem.MissingArgument)]
    [InlineData("set board top 2", CommandProblem.BadNumber)]
    [InlineData("set board top 51", CommandProblem.BadNumber)]
    [InlineData("set board top ten", CommandProblem.BadNumber)]
    [InlineData("set board top -5", CommandProblem.BadNumber)]
    [InlineData("set board after 181", CommandProblem.BadNumber)]
    [InlineData("set board after 21:30", CommandProblem.BadNumber)]
    [InlineData("set board metric calls", CommandProblem.UnknownSetting)]
    [InlineData("set board colour red", CommandProblem.UnknownSetting)]
    [InlineData("set shoutouts", CommandProblem.MissingArgument)]
    [InlineData("set shoutouts maybe", CommandProblem.UnknownSetting)]
    [InlineData("set shoutouts million 0", CommandProblem.BadNumber)]
    [InlineData("set shoutouts million lots", CommandProblem.BadNumber)]
    [InlineData("set shoutouts streak 1", CommandProblem.BadNumber)]
    [InlineData("set shoutouts every 0", CommandProblem.BadNumber)]
    [InlineData("设置排行榜 前 100", CommandProblem.BadNumber)]
    public void Bad_board_settings_are_reported(string text, CommandProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Problem);

    [Theory]
    [InlineData("set standard visits 8")]
    [InlineData("set reminders board 20")]
    [InlineData("设置标准 拜访 8")]
    [InlineData("set share 18:30")]
    public void Other_settings_keep_their_meaning(string text) =>
        Assert.IsNotType<UnknownCommand>(CommandParser.Parse(text));
}
