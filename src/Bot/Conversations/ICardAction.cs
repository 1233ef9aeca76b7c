using System.Text.Json;
using IronArmy.Bot.Cards;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// A feature's card buttons. Each names the verbs its cards send (<see cref="Verbs"/>);
/// <see cref="CardActions"/> finds it by the pressed verb, so a new card registers its action
/// with <c>AddCardAction</c> instead of a branch in a router.
/// </summary>
public interface ICardAction
{
    static abstract IReadOnlyCollection<string> Verbs { get; }

    /// <summary>The card that replaces the one pressed: the saved result, or the form again with what was wrong.</summary>
    Task<AdaptiveCard> PressAsync(Speaker speaker, string verb, JsonElement data, CancellationToken ct);
}
