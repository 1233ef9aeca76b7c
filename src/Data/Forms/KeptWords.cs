using IronArmy.Core.Teams;

namespace IronArmy.Data.Forms;

/// <summary>
/// The words of a day form that could not become the day's plan or recap when they arrived — its
/// window had closed, or (a kickoff) its day had not begun — kept exactly as sent: every input id and
/// value, invalid ones too, because nothing a rep sent is ever lost. A kickoff's words fill in the
/// kickoff form of <see cref="DraftFor"/>; a recap's went to the managers as a late recap and never
/// count in the day's numbers. Only ever inserted.
/// </summary>
public sealed class KeptWords
{
    public long Id { get; set; }

    public long TeamId { get; set; }

    public long MemberId { get; set; }

    /// <summary>Whose form it was: <see cref="Ritual.Kickoff"/> or <see cref="Ritual.EveningShare"/>.</summary>
    public Ritual Ritual { get; set; }

    /// <summary>The team's local date the form was for.</summary>
    public DateOnly WorkDate { get; set; }

    /// <summary>The work day whose kickoff form these words fill in; null for a recap, or when no work day was ahead.</summary>
    public DateOnly? DraftFor { get; set; }

    public DateTime ArrivedAtUtc { get; set; }

    /// <summary>The inputs as sent, a JSON object of strings (<see cref="KeptWordsStore"/>).</summary>
    public required string InputsJson { get; set; }
}
