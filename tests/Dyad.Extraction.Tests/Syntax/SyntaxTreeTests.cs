using Dyad.Extraction.Syntax;

namespace Dyad.Extraction.Tests.Syntax;

/// <summary>The tree's own guarantees, whatever the parser asks of it.</summary>
public class SyntaxTreeTests
{
    [Fact]
    public void A_word_is_never_hung_under_its_own_dependent()
    {
        var tree = new SyntaxTree();
        tree.Reset(3);
        Assert.True(tree.Attach(1, 0, Dep.Object));
        Assert.True(tree.Attach(2, 1, Dep.NounModifier));

        Assert.False(tree.Attach(0, 2, Dep.Oblique));

        Assert.Equal(-1, tree.Head(0));
        Assert.True(tree.Dominates(0, 2));
        Assert.False(tree.Dominates(2, 0));
    }

    [Fact]
    public async Task A_fronted_phrase_is_not_hung_under_a_verb_of_its_own_relative_clause()
    {
        // The fronted "In Chile" waits for a main verb; the only later verb sits inside Chile's relative clause.
        const string sentence = "In Chile, which traded until the union signed.";
        var relations = await Task.Run(() => Parse.Relations(sentence)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("acl(Chile, traded)", relations, StringComparison.Ordinal);
        Assert.DoesNotContain("obl(signed, Chile)", relations, StringComparison.Ordinal);
    }
}
