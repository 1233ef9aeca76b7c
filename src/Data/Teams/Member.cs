using IronArmy.Core.Teams;

namespace IronArmy.Data.Teams;

/// <summary>A person on a team's roster. Rows are never deleted: leaving the team only clears <see cref="IsActive"/>.</summary>
public sealed class Member
{
    public long Id { get; set; }

    public long TeamId { get; set; }

    public Team? Team { get; set; }

    /// <summary>The bot-specific Teams user id (<c>29:…</c>).</summary>
    public required string TeamsUserId { get; set; }

    public string? AadObjectId { get; set; }

    public required string Name { get; set; }

    public MemberRole Role { get; set; } = MemberRole.Rep;

    /// <summary>The person's Teams locale, learned from their own activities; null until we hear from them.</summary>
    public string? Locale { get; set; }

    /// <summary>The 1:1 conversation between the bot and this person, once created.</summary>
    public string? PersonalConversationId { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>False when the rep opted out of being named in the channel's shout-outs (标杆时刻).</summary>
    public bool NamedInShoutOuts { get; set; } = true;

    /// <summary>Set when Teams answers 403 (blocked the bot, or the bot is no longer in their roster).</summary>
    public DateTime? UnreachableSinceUtc { get; set; }

    public DateTime JoinedAtUtc { get; set; }

    public DateTime? LeftAtUtc { get; set; }
}
