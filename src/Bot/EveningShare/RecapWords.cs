using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.EveningShare;

/// <summary>The evening share's domain words in the reader's language, shared by the form, the summary and the digest.</summary>
public static class RecapWords
{
    public static string ClassAfterName(this Texts t, ClassAfter c) => t[$"Recap_After_{c}"];

    public static string VisitTypeName(this Texts t, VisitType type) => t[$"Recap_Type_{type}"];

    public static string VentVisibilityName(this Texts t, VentVisibility v) => t[$"Recap_Vent_{v}"];

    public static string WinVisibilityName(this Texts t, WinVisibility v) => t[$"Recap_Win_{v}"];

    /// <summary>"Ningbo Port Logistics: B→A".</summary>
    public static string MoveText(this Texts t, ClassMove move) =>
        t.Format("Recap_MoveLine", move.Customer, t.ClassMoveName(move.From, move.To));
}
