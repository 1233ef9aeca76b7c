namespace IronArmy.Core.EveningShare;

/// <summary>A rep the manager invites to tell the team how they won today (拔尖), with what they wrote about it.</summary>
public sealed record ShareInvite(string MemberId, string Name, int Signings, long SignedAmountMinor, IReadOnlyList<ClassMove> MovesToA, Win? Win);

/// <summary>
/// Who to invite to share (domain.md "拔尖"): reps who signed today, or moved a customer from B or
/// C to A. The manager sees the win whatever its visibility — a win private to the manager is
/// exactly what they read before deciding whom to ask. Largest signed amount first, then most moves
/// to A, then by name, so the order is the same every time.
/// </summary>
public static class ShareInvites
{
    public static IReadOnlyList<ShareInvite> Select(IEnumerable<RepEvening> reps) =>
        reps
            .Where(r => r.Day is not null)
            .Select(r => new ShareInvite(
                r.MemberId,
                r.Name,
                r.Day!.Signings,
                r.Day.SignedAmountMinor,
                r.Day.Moves.Where(m => m.ReachesA).ToList(),
                r.Win))
            .Where(i => i.Signings > 0 || i.MovesToA.Count > 0)
            .OrderByDescending(i => i.SignedAmountMinor)
            .ThenByDescending(i => i.MovesToA.Count)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .ThenBy(i => i.MemberId, StringComparer.Ordinal)
            .ToList();
}
