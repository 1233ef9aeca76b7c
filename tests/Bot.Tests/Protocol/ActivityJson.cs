using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>Builds POST /api/messages requests the way the Bot Connector sends them.</summary>
public static class ActivityJson
{
    public static string Message(string serviceUrl = BotFrameworkMetadataServer.ServiceUrl, string channelId = "msteams", string text = "help") =>
        JsonSerializer.Serialize(new
        {
            type = "message",
            id = "1700000000000",
            channelId,
            serviceUrl,
            text,
            locale = "zh-CN",
            localTimeZone = "Asia/Shanghai",
            from = new { id = "29:user", name = "Li Wei", aadObjectId = "aad-user" },
            recipient = new { id = "28:bot", name = "IronArmy" },
            conversation = new { id = "a:1on1", conversationType = "personal", tenantId = "tenant-1" },
            channelData = new { tenant = new { id = "tenant-1" } },
        });

    public static string Invoke(string serviceUrl = BotFrameworkMetadataServer.ServiceUrl) =>
        JsonSerializer.Serialize(new
        {
            type = "invoke",
            name = "adaptiveCard/action",
            id = "inv-1",
            channelId = "msteams",
            serviceUrl,
            from = new { id = "29:user" },
            conversation = new { id = "a:1on1" },
            value = new { action = new { type = "Action.Execute", verb = "kickoff.submit", data = new { plan = 3 } }, trigger = "manual" },
        });

    public static HttpRequestMessage Post(string body, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }
}
