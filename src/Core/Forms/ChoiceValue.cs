namespace IronArmy.Core.Forms;

/// <summary>Reading a card's choice value back into its enum, by the value the card wrote (case and spaces ignored).</summary>
internal static class ChoiceValue
{
    public static bool TryRead<T>(string value, Func<T, string> valueOf, out T result)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(valueOf(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }
}
