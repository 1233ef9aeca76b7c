namespace IronArmy.Bot.Delivery;

/// <summary>
/// What producers of outbox rows call after queuing: the dispatcher sends now rather than at its
/// next poll. <see cref="OutboxSignal"/> is the implementation; tests count calls.
/// </summary>
public interface IOutboxWake
{
    void Wake();
}
