using System.Globalization;
using System.Text.Json;
using IronArmy.Bot.Kickoff;
using IronArmy.Core.Forms;
using IronArmy.Core.Kickoff;

namespace IronArmy.Benchmarks;

/// <summary>
/// A full kickoff card as Teams posts it back (every value a string, merged with the card's
/// <c>workDate</c> data): all three targets, the standard's 8 visits and 3 new customers, so each
/// submit stores and reads the largest plan a rep normally makes. <paramref name="edit"/> moves the
/// times and the day's amount, so every round after the first is a real change (a revision).
/// </summary>
internal static class KickoffCardValues
{
    private static readonly (string Class, string KeyPerson, string Outcome)[] VisitMix =
    [
        ("A", "first", "close"), ("B", "first", "close"), ("B", "second", "advance"), ("C", "first", "advance"),
        ("New", "first", "first"), ("New", "second", "first"), ("New", "first", "first"), ("New", "second", "first"),
    ];

    public static JsonElement For(int rep, DateOnly workDate, int edit)
    {
        var values = new Dictionary<string, string>
        {
            ["verb"] = KickoffCard.SubmitVerb,
            ["workDate"] = workDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [KickoffInputs.TargetAmount(TargetPeriod.Month)] = "600000",
            [KickoffInputs.TargetVisits(TargetPeriod.Month)] = "176",
            [KickoffInputs.TargetValidNew(TargetPeriod.Month)] = "66",
            [KickoffInputs.TargetAmount(TargetPeriod.Week)] = "150000",
            [KickoffInputs.TargetVisits(TargetPeriod.Week)] = "44",
            [KickoffInputs.TargetValidNew(TargetPeriod.Week)] = "15",
            [KickoffInputs.TargetAmount(TargetPeriod.Day)] = (30000 + 500 * edit).ToString(CultureInfo.InvariantCulture),
            [KickoffInputs.TargetVisits(TargetPeriod.Day)] = "8",
            [KickoffInputs.TargetValidNew(TargetPeriod.Day)] = "3",
        };
        for (var row = 1; row <= VisitMix.Length; row++)
        {
            var (cls, kp, outcome) = VisitMix[row - 1];
            values[KickoffInputs.VisitCustomer(row)] = $"客户{rep:000}-{row}有限公司";
            values[KickoffInputs.VisitTime(row)] = new TimeOnly(8 + row, 5 * (edit % 12)).ToString("HH:mm", CultureInfo.InvariantCulture);
            values[KickoffInputs.VisitClass(row)] = cls;
            values[KickoffInputs.VisitKeyPerson(row)] = kp;
            values[KickoffInputs.VisitOutcome(row)] = outcome;
        }

        for (var row = 1; row <= NewCustomerInputs.MaxRows; row++)
        {
            values[NewCustomerInputs.Name(row)] = $"新客户{rep:000}-{row}";
            values[NewCustomerInputs.Need(row)] = ToggleValue.On;
            values[NewCustomerInputs.Budget(row)] = ToggleValue.On;
            values[NewCustomerInputs.Payer(row)] = row == 3 ? ToggleValue.Off : ToggleValue.On;
        }

        return JsonSerializer.SerializeToElement(values);
    }
}
