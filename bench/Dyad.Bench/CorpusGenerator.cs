using System.Text;

namespace Dyad.Bench;

/// <summary>One generated document: its text, how many sentences were written into it, and its file name.</summary>
public sealed record GeneratedDocument(string Name, string Text, int Sentences);

/// <summary>
/// Writes a synthetic corpus of narrative diplomatic history in the style Dyad reads: dated visits, treaties,
/// aid, arms, criticism, threats, wars, exercises, noun-phrase events, relative dates, abbreviations, and
/// plain background sentences with no event. Deterministic for a seed, so every run measures the same text.
/// The templates are our own prose; the names are ordinary country, capital and adjective forms.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] States =
    [
        "Pakistan", "the Soviet Union", "India", "China", "the United States", "Afghanistan", "Iran", "Turkey", "Egypt", "Japan",
        "Brazil", "France", "Germany", "Britain", "Nepal", "Bangladesh", "Sri Lanka", "Indonesia", "Saudi Arabia", "Iraq",
        "Syria", "Israel", "Jordan", "Kenya", "Nigeria", "Mexico", "Canada", "Australia", "Vietnam", "Thailand",
        "Malaysia", "Poland", "Hungary", "Cuba", "Argentina", "Chile", "South Africa", "Ethiopia", "Kazakhstan", "Russia",
    ];

    private static readonly string[] Capitals =
    [
        "Moscow", "Islamabad", "New Delhi", "Beijing", "Washington", "Kabul", "Tehran", "Ankara", "Cairo", "Tokyo",
        "Paris", "London", "Jakarta", "Baghdad", "Damascus", "Nairobi", "Ottawa", "Canberra", "Hanoi", "Warsaw",
    ];

    private static readonly string[] Adjectives =
    [
        "Pakistani", "Soviet", "Indian", "Chinese", "American", "Afghan", "Iranian", "Turkish", "Egyptian", "Japanese",
        "French", "British", "Indonesian", "Iraqi", "Syrian", "Kenyan", "Mexican", "Polish", "Cuban", "Russian",
    ];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Topics = ["trade", "energy", "defence", "water", "education", "railways", "fisheries", "space research"];

    private static readonly string[] Relative = ["The following year", "Two years later", "Later that year", "A decade later", "In the same month"];

    private readonly Random _random;
    private readonly StringBuilder _text = new();

    public CorpusGenerator(int seed) => _random = new Random(seed);

    /// <summary>Documents until <paramref name="sentences"/> sentences are written, about <paramref name="perDocument"/> each.</summary>
    public IEnumerable<GeneratedDocument> Generate(int sentences, int perDocument = 50)
    {
        var written = 0;
        for (var d = 0; written < sentences; d++)
        {
            var count = Math.Min(perDocument, sentences - written);
            yield return Document(d, count);
            written += count;
        }
    }

    private GeneratedDocument Document(int index, int sentences)
    {
        _text.Clear();
        _text.Append("Notes on regional diplomacy, part ").Append(index + 1).Append("\n\n");
        var year = 1947 + _random.Next(70);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                _text.Append(i % 5 == 0 ? "\n\n" : " ");
            }

            year = Math.Min(2024, year + (_random.Next(4) == 0 ? 1 : 0));
            Sentence(year);
        }

        _text.Append('\n');
        return new GeneratedDocument($"doc-{index:D6}.txt", _text.ToString(), sentences);
    }

    private void Sentence(int year)
    {
        var s1 = Pick(States);
        var s2 = PickOther(States, s1);
        var c1 = Pick(Capitals);
        var c2 = PickOther(Capitals, c1);
        var a1 = Pick(Adjectives);
        var a2 = PickOther(Adjectives, a1);
        var month = Pick(Months);
        var b = _text;
        switch (_random.Next(20))
        {
            case 0: b.Append("In ").Append(month).Append(' ').Append(year).Append(", the ").Append(a1).Append(" prime minister visited ").Append(c2).Append(" for talks on ").Append(Pick(Topics)).Append('.'); break;
            case 1: b.Append(Cap(s1)).Append(" signed a treaty of friendship with ").Append(s2).Append(" in ").Append(year).Append('.'); break;
            case 2: b.Append(Pick(Relative)).Append(' ').Append(s1).Append(" offered economic aid to ").Append(s2).Append(", but the offer was turned down."); break;
            case 3: b.Append(c1).Append(" condemned the ").Append(a2).Append(" decision and recalled its ambassador from ").Append(c2).Append('.'); break;
            case 4: b.Append("Relations remained cool for most of the decade, and neither side made much effort to change them."); break;
            case 5: b.Append("During the ").Append(year).Append(" war between ").Append(s1).Append(" and ").Append(s2).Append(", ").Append(PickOther(States, s1)).Append(" supplied arms to ").Append(s1).Append('.'); break;
            case 6: b.Append(Pick(Relative)).Append(' ').Append(s1).Append(" and ").Append(s2).Append(" held joint naval exercises in the Arabian Sea."); break;
            case 7: b.Append("Economists noted that trade between the two countries stayed below 1.5 billion dollars a year, i.e. a small share of either economy."); break;
            case 8: b.Append(Cap(s1)).Append(" accused ").Append(s2).Append(" of supporting rebels along the border in ").Append(year).Append('.'); break;
            case 9: b.Append("The ").Append(a1).Append(" foreign minister met his ").Append(a2).Append(" counterpart in ").Append(c1).Append(" on ").Append(1 + _random.Next(28)).Append(' ').Append(month).Append(' ').Append(year).Append('.'); break;
            case 10: b.Append(Cap(s1)).Append(" did not recognise the new government in ").Append(c2).Append(" until ").Append(year).Append('.'); break;
            case 11: b.Append("After the ").Append(year).Append(" summit in ").Append(c1).Append(", ").Append(s1).Append(" and ").Append(s2).Append(" agreed to expand cooperation in ").Append(Pick(Topics)).Append('.'); break;
            case 12: b.Append("Many observers in ").Append(c1).Append(" saw the move as a sign of a wider shift in the region."); break;
            case 13: b.Append(Cap(s1)).Append(" threatened ").Append(s2).Append(" with sanctions if the tests continued."); break;
            case 14: b.Append("Mr. Hale, a U.S. diplomat posted to ").Append(c1).Append(", said on ").Append(1 + _random.Next(28)).Append(' ').Append(month).Append(" that the talks had gone well."); break;
            case 15: b.Append("The ").Append(year).Append(' ').Append(a1).Append(" invasion of ").Append(s2).Append(" was criticised by ").Append(s1 == s2 ? "many states" : s2 == "India" ? "Brazil" : "India").Append('.'); break;
            case 16: b.Append("From ").Append(year).Append(" to ").Append(year + 1 + _random.Next(6)).Append(", ").Append(s1).Append(" received military aid from ").Append(s2).Append('.'); break;
            case 17: b.Append("Officials in ").Append(c1).Append(" said the country could buy tanks and aircraft from ").Append(s2).Append(" if prices fell."); break;
            case 18: b.Append("Dr. Rao's report of ").Append(year).Append(" argued that the alliance had given ").Append(s1).Append(" little security."); break;
            default: b.Append(Cap(s1)).Append(" and ").Append(s2).Append(" established diplomatic relations in ").Append(month).Append(' ').Append(year).Append(", and ").Append(c2).Append(" opened an embassy in ").Append(c1).Append(" soon after."); break;
        }
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private string PickOther(string[] items, string not)
    {
        while (true)
        {
            var item = Pick(items);
            if (!ReferenceEquals(item, not))
            {
                return item;
            }
        }
    }

    private static string Cap(string s) => s.StartsWith("the ", StringComparison.Ordinal) ? "The" + s[3..] : s;
}
