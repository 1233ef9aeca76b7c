namespace IronArmy.Core.EveningShare;

/// <summary>A win a rep chose to share with the team, as the channel may show it.</summary>
public sealed record SharedWin(string MemberId, string Name, string Text);

/// <summary>
/// Today's wins for the channel before the evening meeting (an optional team setting): only those
/// the rep made team-visible; a win left private to the manager never reaches the channel.
/// </summary>
public static class SharedWins
{
    public static IReadOnlyList<SharedWin> Of(IEnumerable<RepEvening> reps) =>
        reps
            .Where(r => r.Recap?.Win is { Visibility: WinVisibility.Team })
            .Select(r => new SharedWin(r.MemberId, r.Name, r.Recap!.Win!.Text))
            .OrderBy(w => w.Name, StringComparer.Ordinal)
            .ThenBy(w => w.MemberId, StringComparer.Ordinal)
            .ToList();
}
