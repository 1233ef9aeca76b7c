using System.Text.Json;
using IronArmy.Core.Forms;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Forms;

/// <summary>
/// What a Teams client sends when a day form's button is pressed: every input of the card, hidden
/// ones included, blank ones as empty strings and toggles as their on or off value — so a test can
/// submit a card as a rep would, untouched or with a few changes.
/// </summary>
internal static class Sent
{
    public static Dictionary<string, string?> From(JsonElement card, IReadOnlyDictionary<string, string>? changes = null)
    {
        var sent = Inputs(card).ToDictionary(i => i.Key, i => (string?)(ValueOf(i.Value) ?? Blank(i.Value)));
        foreach (var (id, value) in changes ?? new Dictionary<string, string>())
        {
            Assert.True(sent.ContainsKey(id), $"{id} is not on the card");
            sent[id] = value;
        }

        return sent;
    }

    private static string Blank(JsonElement input) =>
        input.GetProperty("type").GetString() == "Input.Toggle"
            ? input.TryGetProperty("valueOff", out var off) ? off.GetString()! : ToggleValue.Off
            : "";
}
