using System.Globalization;
using Quartz;

namespace IronArmy.Bot.Onboarding;

/// <summary>
/// Every key onboarding writes: the welcomes' outbox keys (each person and the channel welcomed once,
/// however many install or roster events arrive) and the roster sync's Quartz keys.
/// </summary>
public static class OnboardingKeys
{
    public static string ChannelWelcome(long teamId) => Of($"welcome:channel:{teamId}");

    public static string MemberWelcome(long teamId, long memberId) => Of($"welcome:{teamId}:{memberId}");

    private const string RosterGroup = "roster";

    public static JobKey RosterSync(long teamId) => new(Of($"roster-{teamId}"), RosterGroup);

    public static TriggerKey RosterSyncTrigger(long teamId) => new(Of($"roster-{teamId}"), RosterGroup);

    public static TriggerKey RosterRetry(long teamId, int attempt) => new(Of($"roster-{teamId}-retry-{attempt}"), RosterGroup);

    private static string Of(FormattableString key) => key.ToString(CultureInfo.InvariantCulture);
}
