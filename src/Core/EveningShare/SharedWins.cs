namespace IronArmy.Core.EveningShare;

/// <summary>Who won, for a win shared with the team's name on it.</summary>
public sealed record WinAuthor(string MemberId, string Name);

/// <summary>A win a rep chose to share with the team, as the channel may show it; <see cref="Author"/> is null when the rep shared it without their name.</summary>
public sealed record SharedWin(string Text, WinAuthor? Author);

/// <summary>
/// Today's wins for the channel before the evening meeting (an optional team setting): only those
/// the rep made team-visible; a win left private to the manager never reaches the channel, and one
/// shared without a name carries neither the name nor the member id.
/// </summary>
public static class SharedWins
{
    /// <summary>
    /// Named wins by author name, then anonymous ones by their text — never in rep order, which
    /// would let a reader work out who wrote them from where they stand (as <see cref="VentRouting.Of"/>).
    /// </summary>
    public static IReadOnlyList<SharedWin> Of(IEnumerable<RepEvening> reps)
    {
        var shared = reps.Where(r => r.Win is { Visibility: WinVisibility.Team or WinVisibility.TeamAnonymous }).ToList();
        var named = shared
            .Where(r => r.Win!.Visibility == WinVisibility.Team)
            .Select(r => new SharedWin(r.Win!.Text, new WinAuthor(r.MemberId, r.Name)))
            .OrderBy(w => w.Author!.Name, StringComparer.Ordinal)
            .ThenBy(w => w.Author!.MemberId, StringComparer.Ordinal);
        var anonymous = shared
            .Where(r => r.Win!.Visibility == WinVisibility.TeamAnonymous)
            .Select(r => new SharedWin(r.Win!.Text, null))
            .OrderBy(w => w.Text, StringComparer.Ordinal);
        return [.. named, .. anonymous];
    }
}
