using IronArmy.Bot.Resources;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// A section another feature adds to the manager's evening digest (271's "help first / ask to
/// share", ride-alongs' …), so the digest never references that feature: the feature registers
/// its section with <c>services.AddScoped&lt;IDigestSection, T&gt;()</c> and <see cref="EveningDigests"/>
/// reads every registered section once per digest, after its own parts.
/// </summary>
public interface IDigestSection
{
    /// <summary>
    /// What the section shows in the digest of <paramref name="team"/>'s <paramref name="workDate"/>,
    /// read once and worded per manager's language later; null when it has nothing to say tonight.
    /// It goes to managers only, as the digest does.
    /// </summary>
    Task<DigestSection?> ReadAsync(Team team, DateOnly workDate, CancellationToken ct);
}

/// <summary>
/// A digest section as read: language-free, so the digest is read from storage once and worded
/// once per language. <see cref="Order"/> places it among the other features' sections (smaller first).
/// </summary>
public sealed record DigestSection(int Order, Func<Texts, string> Heading, IReadOnlyList<DigestLine> Lines);

/// <summary>One line of a section: a rep's name (never an id) and what to do, <see cref="Flagged"/> when it changed since last time.</summary>
public sealed record DigestLine(string Name, Func<Texts, string> Text, bool Flagged = false);
