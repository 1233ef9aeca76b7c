namespace IronArmy.Bot.Tests.Conversations;

/// <summary>Activities shaped like the ones Teams sends (protocol.md §2, msteams-docs samples).</summary>
public static class TeamsEvents
{
    public const string TeamId = "19:team-general@thread.tacv2";

    private static int _ids;

    private static string NextId() => "in-" + Interlocked.Increment(ref _ids);

    public static object BotAddedToTeam(string installerId = "29:manager", string installerName = "Wang Fang", string locale = "zh-CN", string? id = null) => new
    {
        type = "conversationUpdate",
        id = id ?? NextId(),
        channelId = "msteams",
        serviceUrl = BotHost.ServiceUrl,
        locale,
        from = new { id = installerId, name = installerName == "" ? null : installerName, aadObjectId = "aad-" + installerId },
        recipient = new { id = BotHost.BotId, name = "IronArmy" },
        conversation = new { id = TeamId, conversationType = "channel", isGroup = true, tenantId = BotHost.TenantId },
        membersAdded = new[] { new { id = BotHost.BotId } },
        channelData = new
        {
            eventType = "teamMemberAdded",
            tenant = new { id = BotHost.TenantId },
            team = new { id = TeamId, name = "East Region Sales", aadGroupId = "group-1" },
        },
    };

    public static object BotRemovedFromTeam() => new
    {
        type = "installationUpdate",
        id = NextId(),
        action = "remove",
        channelId = "msteams",
        serviceUrl = BotHost.ServiceUrl,
        from = new { id = "29:manager" },
        recipient = new { id = BotHost.BotId },
        conversation = new { id = TeamId, conversationType = "channel", tenantId = BotHost.TenantId },
        channelData = new { tenant = new { id = BotHost.TenantId }, team = new { id = TeamId } },
    };

    public static object MembersChanged(string[] added, string[] removed) => new
    {
        type = "conversationUpdate",
        id = NextId(),
        channelId = "msteams",
        serviceUrl = BotHost.ServiceUrl,
        from = new { id = "29:manager" },
        recipient = new { id = BotHost.BotId },
        conversation = new { id = TeamId, conversationType = "channel", tenantId = BotHost.TenantId },
        membersAdded = added.Select(a => new { id = a }).ToArray(),
        membersRemoved = removed.Select(r => new { id = r }).ToArray(),
        channelData = new { eventType = added.Length > 0 ? "teamMemberAdded" : "teamMemberRemoved", tenant = new { id = BotHost.TenantId }, team = new { id = TeamId } },
    };

    /// <summary>A 1:1 message; the conversation id matches what the fake connector created for the person.</summary>
    public static object Personal(string userId, string text, string locale = "en-US", string? name = null) => new
    {
        type = "message",
        id = NextId(),
        channelId = "msteams",
        serviceUrl = BotHost.ServiceUrl,
        locale,
        text,
        from = new { id = userId, name, aadObjectId = "aad-" + userId },
        recipient = new { id = BotHost.BotId, name = "IronArmy" },
        conversation = new { id = "a:" + userId, conversationType = "personal", tenantId = BotHost.TenantId },
        channelData = new { tenant = new { id = BotHost.TenantId } },
    };

    /// <summary>A command button (<see cref="IronArmy.Bot.Cards.CommandButton"/>) pressed in a 1:1 chat: an Action.Execute invoke carrying the words.</summary>
    public static object CommandPress(string userId, string words, string locale = "en-US") => new
    {
        type = "invoke",
        name = "adaptiveCard/action",
        id = "press-" + Guid.NewGuid().ToString("N"),
        channelId = "msteams",
        serviceUrl = BotHost.ServiceUrl,
        locale,
        from = new { id = userId },
        recipient = new { id = BotHost.BotId },
        conversation = new { id = "a:" + userId, conversationType = "personal", tenantId = BotHost.TenantId },
        channelData = new { tenant = new { id = BotHost.TenantId } },
        value = new { action = new { type = "Action.Execute", verb = IronArmy.Bot.Cards.CommandButton.Verb, data = new { command = words } } },
    };

    /// <summary>
    /// A card button with Teams' messageBack pressed in a 1:1 chat: the button's text as the message
    /// text, its display text in the channel data, and a value only when the button carries one
    /// (the Agents Playground sends none; an Action.Submit's other data would arrive as an object).
    /// </summary>
    public static object MessageBack(string userId, string text, string displayText, string locale = "en-US", object? value = null) => new
    {
        type = "message",
        id = NextId(),
        channelId = "msteams",
        serviceUrl = BotHost.ServiceUrl,
        locale,
        text,
        value,
        from = new { id = userId, aadObjectId = "aad-" + userId },
        recipient = new { id = BotHost.BotId, name = "IronArmy" },
        conversation = new { id = "a:" + userId, conversationType = "personal", tenantId = BotHost.TenantId },
        channelData = new { tenant = new { id = BotHost.TenantId }, messageBack = new { displayText } },
    };

    /// <summary>A channel message that @mentions the bot first, then possibly a person.</summary>
    public static object InChannel(string userId, string text, (string Id, string Name)? mentions = null, string locale = "en-US")
    {
        var entities = new List<object> { new { type = "mention", text = "<at>IronArmy</at>", mentioned = new { id = BotHost.BotId, name = "IronArmy" } } };
        var body = "<at>IronArmy</at> " + text;
        if (mentions is { } m)
        {
            entities.Add(new { type = "mention", text = $"<at>{m.Name}</at>", mentioned = new { id = m.Id, name = m.Name } });
            body += $" <at>{m.Name}</at>";
        }

        var id = NextId();
        return new
        {
            type = "message",
            id,
            channelId = "msteams",
            serviceUrl = BotHost.ServiceUrl,
            locale,
            text = body,
            from = new { id = userId, name = "Someone" },
            recipient = new { id = BotHost.BotId, name = "IronArmy" },
            conversation = new { id = $"{TeamId};messageid={id}", conversationType = "channel", isGroup = true, tenantId = BotHost.TenantId },
            entities,
            channelData = new { tenant = new { id = BotHost.TenantId }, team = new { id = TeamId }, channel = new { id = TeamId } },
        };
    }

    public static object PersonalInstall(string userId, string name, string locale = "en-US") => new
    {
        type = "installationUpdate",
        id = NextId(),
        action = "add",
        channelId = "msteams",
        serviceUrl = BotHost.ServiceUrl,
        locale,
        from = new { id = userId, name, aadObjectId = "aad-" + userId },
        recipient = new { id = BotHost.BotId, name = "IronArmy" },
        conversation = new { id = "a:" + userId, conversationType = "personal", tenantId = BotHost.TenantId },
        channelData = new { tenant = new { id = BotHost.TenantId } },
    };
}
