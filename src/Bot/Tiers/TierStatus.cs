using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Settings;

namespace IronArmy.Bot.Tiers;

/// <summary>The team's 271 window and weights in <c>status</c>, so a manager sees what <c>set 271 …</c> changed.</summary>
public sealed class TierStatus : IStatusFacts
{
    public Task<IReadOnlyList<Fact>> FactsAsync(Speaker speaker, Texts t, CancellationToken ct)
    {
        var tiers = speaker.Team.Tiers;
        var w = tiers.Weights;
        IReadOnlyList<Fact> facts =
            [new Fact(t["Status_Tiers"], t.Format("Status_TiersValue", tiers.WindowDays, t.Format("Tiers_Weights", w.SignedAmount, w.ValidNewCustomers, w.Visits, w.MovedToA)))];
        return Task.FromResult(facts);
    }
}
