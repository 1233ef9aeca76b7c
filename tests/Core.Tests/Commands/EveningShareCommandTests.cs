using IronArmy.Core.Commands;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.Commands;

public class EveningShareCommandTests
{
    [Theory]
    [InlineData("recap")]
    [InlineData(" Recap ")]
    [InlineData("晚分享")]
    [InlineData(" 晚分享 ")]
    public void Recap_opens_todays_evening_card_for_anyone(string text) =>
        Assert.False(Assert.IsType<OpenRecapCommand>(CommandParser.Parse(text)).RequiresManager);

    [Theory]
    [InlineData("share now")]
    [InlineData("Share  NOW")]
    [InlineData("立即晚分享")]
    public void Share_now_is_a_manager_command(string text) =>
        Assert.True(Assert.IsType<ShareNowCommand>(CommandParser.Parse(text)).RequiresManager);

    [Theory]
    [InlineData("digest now")]
    [InlineData("DIGEST now")]
    [InlineData("晚分享汇总")]
    public void Digest_now_is_for_managers_only(string text) =>
        Assert.True(Assert.IsType<DigestNowCommand>(CommandParser.Parse(text)).RequiresManager);

    [Theory]
    [InlineData("recaps")]
    [InlineData("share")]
    [InlineData("digest")]
    [InlineData("晚分享 汇总 今天")]
    public void Near_misses_are_no_command(string text) => Assert.IsType<UnknownCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("set share 18:30")]
    [InlineData("设置晚分享 18:30")]
    public void Setting_the_share_time_is_still_a_setting(string text) =>
        Assert.IsType<SetRitualTimeCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("set reminders share-nudge 30", RecapReminder.Nudge, 30)]
    [InlineData("set reminders share nudge 20 min", RecapReminder.Nudge, 20)]
    [InlineData("设置提醒 晚分享催交 30", RecapReminder.Nudge, 30)]
    [InlineData("设置提醒晚分享催交30分钟", RecapReminder.Nudge, 30)]
    [InlineData("set reminders share-managers 60", RecapReminder.Managers, 60)]
    [InlineData("SET REMINDERS SHARE-MANAGER 90", RecapReminder.Managers, 90)]
    [InlineData("设置提醒 晚分享经理 ６０", RecapReminder.Managers, 60)]
    public void Recap_reminder_offsets_are_manager_settings_in_minutes(string text, RecapReminder reminder, int minutes)
    {
        var command = Assert.IsType<SetRecapReminderCommand>(CommandParser.Parse(text));
        Assert.Equal((reminder, minutes), (command.Reminder, command.Minutes));
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set reminders nudge 15", KickoffReminder.Nudge)]
    [InlineData("设置提醒 催交 15", KickoffReminder.Nudge)]
    [InlineData("set reminders managers 15", KickoffReminder.Managers)]
    public void The_kickoff_reminders_keep_their_plain_names(string text, KickoffReminder reminder) =>
        Assert.Equal(reminder, Assert.IsType<SetReminderCommand>(CommandParser.Parse(text)).Reminder);

    [Theory]
    [InlineData("set reminders share-nudge 0", CommandProblem.BadNumber)]
    [InlineData("set reminders share-managers 241", CommandProblem.BadNumber)]
    [InlineData("设置提醒 晚分享催交 马上", CommandProblem.BadNumber)]
    [InlineData("set reminders share-managers", CommandProblem.MissingArgument)]
    [InlineData("set reminders share 30", CommandProblem.UnknownSetting)]
    public void Bad_recap_reminder_settings_are_reported(string text, CommandProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Problem);

    [Fact]
    public void Recap_reminders_have_the_kickoff_reminders_bounds() =>
        Assert.Equal((KickoffReminders.MinMinutes, KickoffReminders.MaxMinutes), (RecapReminders.MinMinutes, RecapReminders.MaxMinutes));

    [Theory]
    [InlineData("set share wins on", true)]
    [InlineData("Set Share Wins OFF", false)]
    [InlineData("set wins yes", true)]
    [InlineData("设置分享拔尖 开", true)]
    [InlineData("设置 分享拔尖 关", false)]
    [InlineData("设置分享拔尖关闭", false)]
    [InlineData("设置晚分享拔尖 开启", true)]
    [InlineData("设置拔尖 关", false)]
    public void Posting_shared_wins_is_a_manager_switch(string text, bool on)
    {
        var command = Assert.IsType<SetShareWinsCommand>(CommandParser.Parse(text));
        Assert.Equal(on, command.On);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set share wins maybe", CommandProblem.BadSwitch)]
    [InlineData("设置分享拔尖 也许", CommandProblem.BadSwitch)]
    [InlineData("set share wins", CommandProblem.MissingArgument)]
    public void A_bad_switch_is_reported(string text, CommandProblem problem)
    {
        var invalid = Assert.IsType<InvalidCommand>(CommandParser.Parse(text));
        Assert.Equal(problem, invalid.Problem);
        Assert.Equal("set share wins on", invalid.Usage);
    }
}
