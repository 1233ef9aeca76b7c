using IronArmy.Bot.Onboarding;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Settings;
using IronArmy.Core.Teams;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Onboarding;

public class WelcomeCardTests
{
    [Theory]
    [InlineData("en-US", "I run your team's daily rhythm: set the target, track the process, take the result.")]
    [InlineData("zh-CN", "我负责团队的每日节奏：树目标，追过程，拿结果。")]
    public void A_personal_install_without_a_team_name_reads_right_mid_sentence(string locale, string intro)
    {
        var card = AssertValidCard(WelcomeCard.Build(Texts.For(locale), "Zhou Jie", "", MemberRole.Manager, TeamSchedule.Default), $"Welcome_unnamed_{locale}");

        Assert.Contains(intro, Words(card));
    }

    [Fact]
    public void The_work_days_and_zone_are_one_quiet_line_and_the_card_ends_with_its_buttons()
    {
        var card = AssertValidCard(WelcomeCard.Build(Texts.English, "Li Wei", "East Sales", MemberRole.Rep, TeamSchedule.Default), "Welcome_rep");

        Assert.Contains("Work days: Mon–Sat · time zone Asia/Shanghai", Words(card));
        Assert.Equal(["Plan today", "Recap", "Board"], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }
}
