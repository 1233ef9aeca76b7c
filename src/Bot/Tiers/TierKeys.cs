using System.Globalization;

namespace IronArmy.Bot.Tiers;

/// <summary>
/// Every key the 271 writes: the monthly card to each manager (once per team, month and manager,
/// however often the job runs), the card asked for (once per request), and the daily job's name.
/// </summary>
public static class TierKeys
{
    /// <summary>The month's 271 to one manager: <c>tiers-month:{team}:{yyyy-MM}:{manager}</c> (a part's suffix added per card).</summary>
    public static string Month(long teamId, DateOnly month, long managerId) => Of($"tiers-month:{teamId}:{month:yyyy-MM}:{managerId}");

    /// <summary>A <c>271</c> answered through the outbox (several parts, or asked in the channel), keyed by the message that asked.</summary>
    public static string Asked(long memberId, string requestId) => Of($"tiers:{memberId}:{requestId}");

    /// <summary>The daily job at the digest time that sends the month's 271 on the month's last work day.</summary>
    public const string MonthJob = "tiers-month";

    private static string Of(FormattableString key) => key.ToString(CultureInfo.InvariantCulture);
}
