using Microsoft.Identity.Client;

namespace IronArmy.Bot.Protocol;

/// <summary>Gives MSAL pooled, instrumented HttpClients from IHttpClientFactory instead of its own.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "MSAL";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
