using System.Globalization;
using IronArmy.Bot.Protocol;
using IronArmy.Core.Teams;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// A plain-text prompt per ritual so scheduled sends work end to end before the real cards exist;
/// replaced by registering another <see cref="IRitualMessages"/>.
/// </summary>
public sealed class PlainRitualMessages : IRitualMessages
{
    public Activity Build(Ritual ritual, Team team, Member recipient, DateOnly workDate)
    {
        var format = ritual switch
        {
            Ritual.Kickoff => "Good morning {0}! Kickoff for {1}: what are today's targets and visit plan?",
            Ritual.EveningShare => "{0}, time for the evening share ({1}): how did today go, and what is tomorrow's plan?",
            Ritual.Digest => "{0}, the evening digest for {2} ({1}) is ready.",
            _ => throw new ArgumentOutOfRangeException(nameof(ritual), ritual, null),
        };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = string.Format(CultureInfo.InvariantCulture, format, recipient.Name, workDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), team.Name),
            TextFormat = "plain",
        };
    }
}
