using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Resources;

namespace IronArmy.Bot.Settings;

/// <summary>
/// Lines a feature adds to <c>status</c> (the ride-alongs' weekly rhythm, …), after the team's own
/// settings. Registered with <c>services.AddScoped&lt;IStatusFacts, T&gt;()</c>; Settings never
/// references the feature.
/// </summary>
public interface IStatusFacts
{
    Task<IReadOnlyList<Fact>> FactsAsync(Speaker speaker, Texts t, CancellationToken ct);
}
