namespace IronArmy.Bot.Scheduling;

/// <summary>
/// Tells the outbox dispatcher that rows were just queued, so it sends them now rather than at
/// its next poll. The default does nothing; the Delivery dispatcher's signal replaces it.
/// </summary>
public interface IOutboxWake
{
    void Wake();
}

/// <summary>No dispatcher to wake: rows wait for the next poll.</summary>
internal sealed class NoOutboxWake : IOutboxWake
{
    public void Wake()
    {
    }
}
