using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.EveningShare;

/// <summary>A rep's evening recaps against this morning's sample plan, and the team nights built from them.</summary>
internal static class RecapSamples
{
    /// <summary>Zhongce (A) visited and signed, Ningbo Port (B) moved to A, Shaoxing not visited.</summary>
    public static IReadOnlyList<PlannedVisit> Planned => IronArmy.Bot.Tests.Kickoff.KickoffSamples.Plan().Visits;

    public static Recap Recap() => new(
        [
            new PlannedVisitResult("Hangzhou Zhongce Tyres", true, true, ClassAfter.Signed, 8_800_000),
            new PlannedVisitResult("Ningbo Port Logistics", true, false, ClassAfter.A, 0),
            PlannedVisitResult.NotDone("Shaoxing Textiles"),
        ],
        [new UnplannedVisit("Huzhou Silk", VisitType.New, ClassAfter.C, true, 0)],
        [new NewCustomerCandidate("Huzhou Silk", true, true, true), new NewCustomerCandidate("Lishui Tea", true, false, false)],
        new Vent("Three gatekeepers in a row sent me away.", VentVisibility.TeamAnonymous),
        new Win("Opened with their own delivery numbers; the objection on price went away.", WinVisibility.ManagerOnly),
        new HelpRequest("Shaoxing Textiles", "They keep postponing the meeting."),
        ["Jinhua Hardware", "Quzhou Cement"]);

    /// <summary>Only the planned visits, nothing written: what a rep who shares the bare minimum sends.</summary>
    public static Recap Bare() => new(
        [
            new PlannedVisitResult("Hangzhou Zhongce Tyres", true, false, ClassAfter.A, 0),
            PlannedVisitResult.NotDone("Ningbo Port Logistics"),
            PlannedVisitResult.NotDone("Shaoxing Textiles"),
        ],
        [], [], null, null, null, []);

    public static RepDay DayOf(Recap recap) => RepDay.Of(WorkDate, Planned, recap, VisitStandard.Default);

    public static RepEvening Shared(string memberId, string name, Recap recap) => RepEvening.Shared(memberId, name, DayOf(recap), recap);

    public static string Long(string start, int length) => (start + " " + string.Concat(Enumerable.Repeat("每天拜访八个客户 and keep going. ", length))).Substring(0, length);
}
