using System.Globalization;

namespace IronArmy.Bot.RideAlongs;

/// <summary>
/// Every key ride-alongs write: the outbox idempotency keys (one note to the rep per ride-along, one
/// "acknowledged" to the manager, one follow-up to each of them on its date) and the daily follow-up
/// job's name. Tests name keys through here too; <c>IdempotencyKeyTests</c> spells each format out.
/// </summary>
public static class RideAlongKeys
{
    /// <summary>The coaching note in the rep's 1:1 chat: once per ride-along.</summary>
    public static string Note(long rideAlongId) => Of($"ride-note:{rideAlongId}");

    /// <summary>The manager told that the rep acknowledged the note: once per ride-along.</summary>
    public static string Acknowledged(long rideAlongId) => Of($"ride-ack:{rideAlongId}");

    /// <summary>The follow-up to the rep on its date.</summary>
    public static string FollowUpToRep(long rideAlongId, DateOnly on) => Of($"ride-followup:{rideAlongId}:rep:{on:yyyy-MM-dd}");

    /// <summary>The follow-up to the manager on its date.</summary>
    public static string FollowUpToManager(long rideAlongId, DateOnly on) => Of($"ride-followup:{rideAlongId}:manager:{on:yyyy-MM-dd}");

    /// <summary>The form sent to a manager's 1:1 chat when they asked in the channel, keyed by the message that asked.</summary>
    public static string FormSentPrivately(long managerId, string inboundId) => Of($"ride-form:{managerId}:{inboundId}");

    /// <summary>The team daily job (at the kickoff time) that queues the follow-ups due that work date.</summary>
    public const string FollowUpRound = "ride-followups";

    private static string Of(FormattableString key) => key.ToString(CultureInfo.InvariantCulture);
}
