namespace IronArmy.Bot.Conversations;

/// <summary>
/// Which registered service answers each command type (<see cref="CommandRoutes"/>) or card verb
/// (<see cref="CardActionRoutes"/>). Filled once at start-up from the handlers' own declarations; a
/// command or verb claimed twice fails the start rather than being answered by whichever came first.
/// </summary>
public abstract class Routes<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, Type> _handlers = [];

    public void Map(IEnumerable<TKey> keys, Type handler)
    {
        foreach (var key in keys)
        {
            if (_handlers.TryGetValue(key, out var other) && other != handler)
                throw new InvalidOperationException($"{key} is claimed by both {other.Name} and {handler.Name}.");
            _handlers[key] = handler;
        }
    }

    public Type? HandlerOf(TKey key) => _handlers.GetValueOrDefault(key);

    public IReadOnlyCollection<TKey> Keys => _handlers.Keys;
}

public sealed class CommandRoutes : Routes<Type>;

public sealed class CardActionRoutes : Routes<string>;
