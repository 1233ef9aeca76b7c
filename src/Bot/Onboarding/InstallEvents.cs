using IronArmy.Bot.Conversations;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Onboarding;

/// <summary>
/// What an install, an uninstall or a roster change means for the team: added to a team or a
/// personal chat installs (team, channel, roster, welcomes); removed deactivates; people joining or
/// leaving the team update the roster.
/// </summary>
public sealed class InstallEvents(TeamInstallation installation, RosterChanges rosterChanges) : IConversationEvents
{
    public async Task OnInstallationUpdateAsync(Activity a, CancellationToken ct)
    {
        var adding = a.Action is "add" or "add-upgrade";
        var removing = a.Action is "remove" or "remove-upgrade";
        if (adding && a.TeamsTeamId() is not null) await installation.InstalledInTeamAsync(a, ct);
        else if (adding) await installation.InstalledPersonallyAsync(a, ct);
        else if (removing && a.Action == "remove") await installation.UninstalledAsync(a, ct);
    }

    public async Task OnConversationUpdateAsync(Activity a, CancellationToken ct)
    {
        if (a.AddsBot())
        {
            if (a.TeamsTeamId() is not null) await installation.InstalledInTeamAsync(a, ct);
            else if (a.IsPersonal()) await installation.InstalledPersonallyAsync(a, ct);
            return;
        }

        if (a.RemovesBot())
        {
            await installation.UninstalledAsync(a, ct);
            return;
        }

        if (a.TeamsTeamId() is not null) await rosterChanges.ApplyAsync(a, ct);
    }
}
