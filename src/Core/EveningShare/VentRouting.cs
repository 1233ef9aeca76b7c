namespace IronArmy.Core.EveningShare;

/// <summary>Who is looking at a vent.</summary>
public enum VentAudience
{
    /// <summary>The rep who wrote it (their own summary).</summary>
    Author,
    Manager,

    /// <summary>Another rep, one to one.</summary>
    Teammate,

    /// <summary>The team channel, seen by everyone on the team.</summary>
    TeamChannel,

    /// <summary>Leaderboards and shout-outs: never a place for a vent.</summary>
    Leaderboard,
}

/// <summary>Who wrote a vent, for the places allowed to say so.</summary>
public sealed record VentAuthor(string MemberId, string Name);

/// <summary>A vent as one audience may see it; <see cref="Author"/> is null when it must not say who wrote it.</summary>
public sealed record VentView(string Text, VentAuthor? Author);

/// <summary>
/// Where a vent may be shown (domain.md "倒垃圾": for the manager and, if the rep chooses, the
/// team; never a leaderboard). Manager only: the author and the manager, with the name. Team
/// anonymous: everyone on the team, and never with a name or member id — not even to the manager
/// or the author, so no message carrying it can leak who wrote it. Team named: everyone, with the name.
/// </summary>
public static class VentRouting
{
    /// <summary>The vent as <paramref name="audience"/> may see it, or null when it may not see it at all.</summary>
    public static VentView? For(Vent vent, VentAuthor author, VentAudience audience) => (audience, vent.Visibility) switch
    {
        (VentAudience.Leaderboard, _) => null,
        (_, VentVisibility.TeamAnonymous) => new VentView(vent.Text, null),
        (VentAudience.Author or VentAudience.Manager, VentVisibility.ManagerOnly) => new VentView(vent.Text, author),
        (_, VentVisibility.ManagerOnly) => null,
        (_, VentVisibility.TeamNamed) => new VentView(vent.Text, author),
        _ => null,
    };

    /// <summary>
    /// Tonight's vents as <paramref name="audience"/> may see them: named ones by author name, then
    /// anonymous ones ordered by their text — never by author or rep order, which would let a
    /// reader work out who wrote them from where they stand.
    /// </summary>
    public static IReadOnlyList<VentView> Of(IEnumerable<RepEvening> reps, VentAudience audience)
    {
        var views = reps
            .Where(r => r.Vent is not null)
            .Select(r => For(r.Vent!, new VentAuthor(r.MemberId, r.Name), audience))
            .OfType<VentView>()
            .ToList();
        return views.Where(v => v.Author is not null).OrderBy(v => v.Author!.Name, StringComparer.Ordinal).ThenBy(v => v.Author!.MemberId, StringComparer.Ordinal)
            .Concat(views.Where(v => v.Author is null).OrderBy(v => v.Text, StringComparer.Ordinal))
            .ToList();
    }
}
