using System.Text.Json;
using System.Text.RegularExpressions;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Conversations;

/// <summary>What a Teams activity says about where it came from: tenant, team, scope, mentions.</summary>
public static partial class TeamsActivity
{
    public static string? TenantId(this Activity a) => a.ChannelData?.Tenant?.Id ?? a.Conversation?.TenantId;

    /// <summary>The team id when the activity happened in a team (channel) scope.</summary>
    public static string? TeamsTeamId(this Activity a) => a.ChannelData?.Team?.Id;

    public static bool IsPersonal(this Activity a) =>
        a.Conversation?.ConversationType == "personal" || (a.TeamsTeamId() is null && a.Conversation?.IsGroup != true);

    /// <summary>The channel a team install should post to: the chosen one, else the General channel (whose id is the team id).</summary>
    public static string? InstallChannelId(this Activity a) =>
        a.ChannelData?.Settings?.SelectedChannel?.Id ?? a.ChannelData?.Channel?.Id ?? a.TeamsTeamId();

    public static bool AddsBot(this Activity a) =>
        a.MembersAdded?.Any(m => m.Id is not null && m.Id == a.Recipient?.Id) == true;

    public static bool RemovesBot(this Activity a) =>
        a.MembersRemoved?.Any(m => m.Id is not null && m.Id == a.Recipient?.Id) == true;

    /// <summary>The people @mentioned in a message, the bot itself excluded.</summary>
    public static IReadOnlyList<ChannelAccount> MentionedPeople(this Activity a)
    {
        var people = new List<ChannelAccount>();
        foreach (var e in a.Entities ?? [])
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("type", out var type) || type.GetString() != "mention") continue;
            if (!e.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object) continue;
            var id = mentioned.TryGetProperty("id", out var idEl) ? idEl.GetString() : null;
            if (id is null || id == a.Recipient?.Id) continue;
            var name = mentioned.TryGetProperty("name", out var nameEl) ? nameEl.GetString() : null;
            people.Add(new ChannelAccount { Id = id, Name = name });
        }

        return people;
    }

    /// <summary>The message text with the bot's own @mention removed (channel messages start with it).</summary>
    public static string CommandText(this Activity a)
    {
        var text = a.Text ?? "";
        foreach (var e in a.Entities ?? [])
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("type", out var type) || type.GetString() != "mention") continue;
            if (!e.TryGetProperty("mentioned", out var mentioned) || !mentioned.TryGetProperty("id", out var id) || id.GetString() != a.Recipient?.Id) continue;
            if (e.TryGetProperty("text", out var mentionText) && mentionText.GetString() is { Length: > 0 } t) text = text.Replace(t, " ");
        }

        // A client that sends the bot's <at> without an entity: drop a leading one.
        text = LeadingAt().Replace(text, " ");
        return HtmlTags().Replace(text, m => m.Value.StartsWith("<at", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("</at", StringComparison.OrdinalIgnoreCase) ? m.Value : " ")
            .Replace("&nbsp;", " ").Trim();
    }

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAt();

    // Teams may wrap channel text in <p>…</p>; mentions of other people stay for "add manager".
    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTags();
}
