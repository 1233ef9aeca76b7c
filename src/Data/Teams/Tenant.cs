namespace IronArmy.Data.Teams;

/// <summary>A Microsoft Entra tenant the bot is installed in. Rate limits apply per tenant.</summary>
public sealed class Tenant
{
    /// <summary>The Entra tenant id (a GUID string as Teams sends it).</summary>
    public required string Id { get; set; }

    public DateTime FirstSeenUtc { get; set; }
}
