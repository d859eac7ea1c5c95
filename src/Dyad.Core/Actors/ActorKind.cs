namespace Dyad.Core.Actors;

/// <summary>What sort of thing a name in the text refers to.</summary>
public enum ActorKind
{
    /// <summary>A state, by its name or a former name ("Pakistan", "the Soviet Union").</summary>
    State,

    /// <summary>A state by its adjective or combining form ("Soviet", "Indo-").</summary>
    StateAdjective,

    /// <summary>A capital or seat of power standing for its government ("the Kremlin", "New Delhi").</summary>
    Metonym,

    /// <summary>A named person acting for a state.</summary>
    Person,

    /// <summary>An international organisation or alliance.</summary>
    Organization,

    /// <summary>A non-state or sub-state group with a country and a role ("Taliban" -> AFGTAL).</summary>
    Group,

    /// <summary>A region ("Central Asia"): recognised so it is not mistaken for a state, but not a party to events.</summary>
    Region,
}
