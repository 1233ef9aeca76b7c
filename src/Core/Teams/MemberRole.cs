namespace IronArmy.Core.Teams;

/// <summary>What a person does in the method: reps are prompted, managers run the meetings and settings.</summary>
public enum MemberRole
{
    Rep = 0,
    Manager = 1,
}
