using Dyad.Extraction.Lexicons;
using Dyad.Testing;

namespace Dyad.Extraction.Tests;

public class InflectorTests
{
    private static readonly Inflector Inflector = Inflector.Load(Path.Combine(RepoPaths.Data, "events", "irregular-verbs.tsv"));

    [Theory]
    [InlineData("visit", "visits|visited|visiting")]
    [InlineData("ally", "allies|allied|allying")]
    [InlineData("ban", "bans|banned|banning")]
    [InlineData("veto", "vetoes|vetoed|vetoing")]
    [InlineData("travel", "travels|traveled|traveling|travelled|travelling")]
    [InlineData("pay", "pays|paid|paying")]
    [InlineData("admit", "admits|admitted|admitting")]
    public void Produces_regular_irregular_and_british_forms(string lemma, string expected)
    {
        var forms = Inflector.FormsOf(lemma);
        foreach (var form in expected.Split('|'))
        {
            Assert.Contains(form, forms);
        }
    }

    [Fact]
    public void Knows_which_forms_are_past()
    {
        Assert.Contains("invited", Inflector.PastFormsOf("invite"));
        Assert.Contains("given", Inflector.PastFormsOf("give"));
        Assert.DoesNotContain("gives", Inflector.PastFormsOf("give"));
    }
}
