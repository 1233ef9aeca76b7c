using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// Installs, uninstalls and roster changes (<c>installationUpdate</c>, <c>conversationUpdate</c>), as
/// the onboarding feature answers them. The router only hands them over.
/// </summary>
public interface IConversationEvents
{
    Task OnInstallationUpdateAsync(Activity a, CancellationToken ct);

    Task OnConversationUpdateAsync(Activity a, CancellationToken ct);
}
