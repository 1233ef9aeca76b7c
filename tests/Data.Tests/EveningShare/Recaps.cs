using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data.Tests.Kickoff;

namespace IronArmy.Data.Tests.EveningShare;

/// <summary>Recaps to share against <see cref="KickoffTeam.FullPlan"/> and <see cref="KickoffTeam.SmallPlan"/>.</summary>
internal static class Recaps
{
    /// <summary>Every field used: the eight planned visits (two not done), two unplanned, three new customers, vent, win, help, tomorrow.</summary>
    public static Recap Full(long signedMinor = 12_000_00) => new(
        [
            new PlannedVisitResult("Hangzhou Steel", true, true, ClassAfter.Signed, signedMinor),
            new PlannedVisitResult("Ningbo Port Logistics", true, true, ClassAfter.A, 0),
            PlannedVisitResult.NotDone("Shaoxing Textiles"),
            new PlannedVisitResult("杭州新材料有限公司", true, false, ClassAfter.C, 0),
            new PlannedVisitResult("Jiaxing Foods", true, true, ClassAfter.B, 0),
            new PlannedVisitResult("Wenzhou Shoes", true, false, ClassAfter.Lost, 0),
            PlannedVisitResult.NotDone("Huzhou Tea"),
            new PlannedVisitResult("Jinhua Tools", true, true, ClassAfter.C, 0),
        ],
        [
            new UnplannedVisit("Lishui Paper", VisitType.New, ClassAfter.C, false, 0),
            new UnplannedVisit("Quzhou Chemicals", VisitType.Closing, ClassAfter.Signed, true, 3_500_00),
        ],
        [
            new NewCustomerCandidate("杭州新材料有限公司", true, true, true),
            new NewCustomerCandidate("Lishui Paper", true, true, true),
            new NewCustomerCandidate("Jiaxing Foods", true, false, true),
        ],
        new Vent("客户又改需求了，白跑一趟", VentVisibility.TeamAnonymous),
        new Win("Opened with their own downtime numbers; closed on the pilot.", WinVisibility.Team),
        new HelpRequest("Shaoxing Textiles", "Their buyer will not take my calls"),
        ["Shaoxing Textiles", "Huzhou Tea", "Taizhou Pumps"]);

    /// <summary>One visit against <see cref="KickoffTeam.SmallPlan"/>, no texts.</summary>
    public static Recap Small(string customer, ClassAfter after = ClassAfter.A, params string[] tomorrow) => new(
        [new PlannedVisitResult(customer, true, true, after, after == ClassAfter.Signed ? 1_000_00 : 0)],
        [],
        [],
        null,
        null,
        null,
        tomorrow);

    /// <summary>A day with no morning plan: unplanned visits only, a help request about a skill.</summary>
    public static Recap Unplanned(params string[] customers) => new(
        [],
        [.. customers.Select(c => new UnplannedVisit(c, VisitType.New, ClassAfter.C, false, 0))],
        [],
        null,
        null,
        new HelpRequest(null, "How to get past the receptionist"),
        []);
}
