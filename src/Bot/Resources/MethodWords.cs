using IronArmy.Bot.Cards;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Money;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.Resources;

/// <summary>
/// The method's words in the reader's language (periods, classes, key persons, outcomes, the standard,
/// money): every feature speaks them, so they live with the texts rather than in one feature.
/// </summary>
public static class MethodWords
{
    public static string PeriodName(this Texts t, TargetPeriod period) => t[$"Kickoff_Period_{period}"];

    public static string ClassName(this Texts t, CustomerClass c) => t[$"Kickoff_Class_{c}"];

    public static string KeyPersonName(this Texts t, KeyPerson k) => t[$"Kickoff_Kp_{k}"];

    public static string OutcomeName(this Texts t, VisitOutcome o) => t[$"Kickoff_Outcome_{o}"];

    public static string MeasureName(this Texts t, StandardMeasure m) => t[$"Kickoff_Measure_{m}"];

    /// <summary>An amount in the team's currency for reading: grouped, decimals only when there are some.</summary>
    public static string Money(this Texts t, long minor, string currencyCode) =>
        t.Format("Kickoff_Money", MoneyText.Format(minor, MoneyText.MinorDigitsOf(currencyCode)), t.CurrencyName(currencyCode));

    /// <summary>"Signed (CNY)" / "签单额（元）".</summary>
    public static string AmountLabel(this Texts t, string currencyCode) => t.Format("Kickoff_Amount", t.CurrencyName(currencyCode));

    /// <summary>A class move as the method writes it, alike in every card and language: "B→A", "A→signed" / "A→签单".</summary>
    public static string ClassMoveName(this Texts t, CustomerClass from, ClassAfter to) =>
        $"{from}→{(to == ClassAfter.Signed ? t["Recap_Move_Signed"] : to.ToString())}";

    /// <summary>"6 / 8 ✓" when met, "6 / 8 · 2 short" when not.</summary>
    public static string StandardValue(this Texts t, StandardLine line) =>
        line.Met ? t.Format("Kickoff_LineMet", line.Planned, line.Required) : t.Format("Kickoff_LineShort", line.Planned, line.Required, line.Short);

    /// <summary>The standard itself in two lines: the visit mix, then "1 A · 2 B/C · 3 valid new".</summary>
    public static IReadOnlyList<string> StandardText(this Texts t, VisitStandard s) =>
    [
        t.FormatCount("Kickoff_StandardVisits", s.Visits, s.Visits, s.NewVisits, s.FollowUpVisits, s.ClosingVisits),
        t.Format("Kickoff_StandardCustomers", s.ACustomers, s.BcCustomers, s.ValidNewCustomers),
    ];

    /// <summary>Names joined as the language lists them ("a, b" / "a、b").</summary>
    public static string NameList(this Texts t, IEnumerable<string> names) => string.Join(t["Kickoff_ListSeparator"], names);
}
