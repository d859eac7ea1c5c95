using Dyad.Extraction.Actors;
using Dyad.Extraction.Pipeline;

namespace Dyad.Extraction.Syntax;

/// <summary>
/// Reads grammatical roles off the dependency tree: the subject of a verb (through coordination, control,
/// participles and relative clauses), its objects, obliques and passive agent, and the actors a noun phrase stands
/// for (its name, a pronoun, its coordinated members, a renaming apposition, or the state in "the government of
/// Pakistan"). Event coding asks these questions instead of counting words.
/// </summary>
public sealed class Roles
{
    private const int MaxDepth = 8;

    /// <summary>The head of the phrase that is the verb's subject (or, for a passive, its patient), or -1.</summary>
    public int SubjectOf(SentenceAnalysis s, int verb) => SubjectOf(s, verb, 0);

    private int SubjectOf(SentenceAnalysis s, int verb, int depth)
    {
        var tree = s.Syntax;
        if (verb < 0 || depth > MaxDepth)
        {
            return -1;
        }

        var direct = tree.Dependent(verb, Dep.Subject);
        if (direct < 0)
        {
            direct = tree.Dependent(verb, Dep.PassiveSubject);
        }

        if (direct >= 0)
        {
            // "a country that could provide arms", "the Soviet Union, which became ...": the relative word stands for its noun.
            return tree.Tag(direct) == Pos.Relative && tree.Relation(verb) == Dep.RelativeClause ? tree.Head(verb) : direct;
        }

        var controller = tree.Controller(verb);
        if (controller >= 0)
        {
            return controller; // "urged Pakistan to sign", "supplies provided by the CIA", "troops fighting in Kashmir"
        }

        var head = tree.Head(verb);
        if (head < 0)
        {
            return -1;
        }

        switch (tree.Relation(verb))
        {
            case Dep.Conjunct:
            case Dep.AdverbialClause when !tree.Has(verb, VerbFlags.Finite):
                return IsVerb(tree, head) ? SubjectOf(s, head, depth + 1) : -1;
            case Dep.OpenComplement:
                if (IsVerb(tree, head))
                {
                    return SubjectOf(s, head, depth + 1); // "agreed to sign", "was invited to visit"
                }

                // "the decision to provide arms": the noun's owner, else whoever the noun's clause is about.
                var owner = OwnerOf(s, head);
                return owner >= 0 ? owner : SubjectOf(s, tree.GoverningVerb(head), depth + 1);
            case Dep.RelativeClause when !tree.Has(verb, VerbFlags.Finite):
                return head;
            default:
                return -1;
        }
    }

    private static bool IsVerb(SyntaxTree tree, int i) => tree.Tag(i) is Pos.Verb or Pos.Auxiliary;

    /// <summary>The possessor of a noun, or its by-phrase: who owns or does what the noun names.</summary>
    public int OwnerOf(SentenceAnalysis s, int noun)
    {
        var tree = s.Syntax;
        var possessor = tree.Dependent(noun, Dep.Possessor);
        return possessor;
    }

    /// <summary>True when the verb's grammatical subject is the one acted upon.</summary>
    public bool IsPassive(SentenceAnalysis s, int verb) => s.Syntax.Has(verb, VerbFlags.Passive);

    /// <summary>The direct objects of a verb (with the first of two objects), and for a relative clause with a subject of its own, the noun it modifies.</summary>
    public void ObjectsOf(SentenceAnalysis s, int verb, List<int> into)
    {
        var tree = s.Syntax;
        var found = false;
        foreach (var child in tree.Children(verb))
        {
            if (tree.Relation(child) is Dep.Object or Dep.IndirectObject && tree.Tag(child) != Pos.Relative)
            {
                into.Add(child);
                found = true;
            }
        }

        if (!found)
        {
            // "armed and trained the Afghan mujahideen": the verbs share the object after the last of them.
            foreach (var child in tree.Children(verb))
            {
                if (tree.Relation(child) == Dep.Conjunct && IsVerb(tree, child) && child > verb)
                {
                    foreach (var grandchild in tree.Children(child))
                    {
                        if (tree.Relation(grandchild) == Dep.Object)
                        {
                            into.Add(grandchild);
                            found = true;
                        }
                    }

                    break;
                }
            }
        }

        if (!found && tree.Relation(verb) == Dep.RelativeClause && tree.Has(verb, VerbFlags.Finite) && !tree.Has(verb, VerbFlags.Passive)
            && tree.Dependent(verb, Dep.Subject) is var subject and >= 0 && tree.Tag(subject) != Pos.Relative)
        {
            into.Add(tree.Head(verb)); // "the war that the Soviet Union waged"
        }
    }

    /// <summary>
    /// The phrases after prepositions that a verb governs, directly or through its object ("signed an agreement with
    /// India": the phrase may hang on the noun), as (preposition word id, head) pairs.
    /// </summary>
    public void ObliquesOf(SentenceAnalysis s, int verb, List<(int Preposition, int Head)> into, int spanStart = -1, int spanEnd = -1)
    {
        var tree = s.Syntax;
        foreach (var child in tree.Children(verb))
        {
            var relation = tree.Relation(child);
            if (relation is Dep.Oblique or Dep.Agent)
            {
                AddWithCase(s, child, into);
                if (child >= spanStart && child < spanEnd)
                {
                    NounModifiersOf(s, child, into, 1); // "retaliated with tariffs on American steel": the pattern's own noun
                }
            }
            else if (relation is Dep.Object or Dep.IndirectObject or Dep.Attribute)
            {
                NounModifiersOf(s, child, into, 1);
            }
        }
    }

    /// <summary>The prepositional phrases on a noun, and one level into an of-phrase ("the visit of Ayub Khan to Moscow").</summary>
    public void NounModifiersOf(SentenceAnalysis s, int noun, List<(int Preposition, int Head)> into, int depth = 0)
    {
        var tree = s.Syntax;
        foreach (var child in tree.Children(noun))
        {
            if (tree.Relation(child) == Dep.NounModifier)
            {
                AddWithCase(s, child, into);
                if (depth < 3)
                {
                    NounModifiersOf(s, child, into, depth + 1);
                }
            }
            else if (tree.Relation(child) == Dep.Conjunct && depth < 3)
            {
                NounModifiersOf(s, child, into, depth + 1); // "arms and spares to Pakistan"
            }
        }
    }

    private static void AddWithCase(SentenceAnalysis s, int head, List<(int, int)> into)
    {
        var preposition = s.Syntax.CaseOf(head);
        into.Add((preposition >= 0 ? s.Tokens[preposition].WordId : -1, head));
    }

    /// <summary>
    /// The actor mentions a phrase stands for: the mention at its head, a pronoun's antecedent, each coordinated
    /// member, the renaming phrase after a comma, or the state owning a role noun ("the government of Pakistan",
    /// "Pakistan's army", "Indian and Chinese troops").
    /// </summary>
    public void ActorsOf(SentenceAnalysis s, int head, List<ActorMention> into, bool withConjuncts = true, bool withModifiers = true)
    {
        if (head < 0)
        {
            return;
        }

        var tree = s.Syntax;
        var before = into.Count;
        if (s.ActorAt(head) is null && tree.Dependent(head, Dep.Apposition) is var renamed and >= 0 && s.ActorAt(renamed) is not null)
        {
            // "its closest ally, the United States": the renaming name is the actor, not the owner of "ally"; a list may
            // go on after it ("western sources, especially the US, France and Britain").
            AddActorsOfOne(s, renamed, into, withModifiers);
            if (withConjuncts)
            {
                foreach (var child in tree.Children(head))
                {
                    if (tree.Relation(child) == Dep.Conjunct && tree.IsNominal(child))
                    {
                        AddActorsOfOne(s, child, into, withModifiers);
                    }
                }
            }

            return;
        }

        AddActorsOfOne(s, head, into, withModifiers);
        if (withConjuncts)
        {
            foreach (var child in tree.Children(head))
            {
                if (tree.Relation(child) == Dep.Conjunct && tree.IsNominal(child))
                {
                    AddActorsOfOne(s, child, into, withModifiers);
                }
            }
        }

        if (into.Count == before || s.ActorAt(head) is null)
        {
            // "western sources, especially the US, France and Britain": a phrase naming no one is renamed after its comma.
            foreach (var child in tree.Children(head))
            {
                if (tree.Relation(child) == Dep.Apposition)
                {
                    AddActorsOfOne(s, child, into, withModifiers);
                    break;
                }
            }
        }
    }

    private static void AddActorsOfOne(SentenceAnalysis s, int head, List<ActorMention> into, bool withModifiers)
    {
        var tree = s.Syntax;
        if (s.ActorAt(head) is { } named)
        {
            AddOnce(into, named);
            foreach (var child in tree.Children(head))
            {
                // "Chilean and Peruvian troops": a demonym coordinated before the named head.
                if (tree.Relation(child) == Dep.Modifier && child < named.Start && s.ActorAt(child) is { } coordinated && coordinated != named)
                {
                    AddOnce(into, coordinated);
                }
            }

            return;
        }

        if (!withModifiers)
        {
            return;
        }

        // A noun that names no one stands for the actors that own or describe it: "Soviet tanks", "Pakistan's army",
        // "Soviet and Afghan aircraft". An owner comes first: in "Trump's Iran decision" Iran is only what it is about.
        var possessor = tree.Dependent(head, Dep.Possessor);
        if (possessor >= 0 && s.ActorAt(possessor) is { } owner)
        {
            AddOnce(into, owner);
            return;
        }

        var found = false;
        foreach (var child in tree.Children(head))
        {
            if (tree.Relation(child) == Dep.Modifier && child < head && s.ActorAt(child) is { } outside && (tree.PhraseOf(child) is not { } p || p.Head != head))
            {
                AddOnce(into, outside);
                found = true;
            }
        }

        if (tree.PhraseOf(head) is { Kind: PhraseKind.Noun } phrase)
        {
            for (var k = phrase.Start; k < head; k++)
            {
                if (s.ActorAt(k) is { } m && m.Start >= phrase.Start && m.End <= head + 1 && (k == m.Start))
                {
                    AddOnce(into, m);
                    found = true;
                }
            }
        }

        if (!found)
        {
            // "the government of Pakistan", "the leaders of the two countries".
            foreach (var child in tree.Children(head))
            {
                if (tree.Relation(child) == Dep.NounModifier && tree.CaseOf(child) is var c and >= 0 && s.Folded(c) is "of" && s.ActorAt(child) is { } of)
                {
                    AddOnce(into, of);
                    break;
                }
            }
        }
    }

    private static void AddOnce(List<ActorMention> into, ActorMention m)
    {
        if (!into.Contains(m))
        {
            into.Add(m);
        }
    }
}
