namespace IronArmy.Bot.Protocol;

/// <summary>
/// What the product does with an authenticated, parsed activity. The protocol layer calls it
/// once per POST /api/messages; for invokes the returned <see cref="InvokeResponse"/> is the HTTP answer.
/// </summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct);
}
