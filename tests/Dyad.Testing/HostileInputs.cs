using System.Text;

namespace Dyad.Testing;

/// <summary>One generated input: the file name (its extension picks the reader) and its bytes.</summary>
public sealed record HostileInput(string Name, byte[] Bytes, string Kind);

/// <summary>
/// Generates hostile documents, reproducibly from a seed: random bytes, odd Unicode, broken front matter, deep
/// Markdown and HTML, huge numbers, impossible dates, bare time phrases, and ordinary sentences cut and spliced
/// with all of those. Used by the fuzz test (a few thousand) and by bench's long fuzz run (10^5 and more).
/// </summary>
public sealed class HostileInputs
{
    private static readonly string[] Extensions = [".txt", ".md", ".html"];

    private static readonly string[] Sentences =
    [
        "In 1965 Pakistan attacked India.",
        "On 12 March 1972 the Soviet Union signed a trade agreement with Pakistan.",
        "Two years later Kosygin visited Islamabad.",
        "The United States condemned the invasion of Afghanistan in December 1979.",
        "China and India held talks in Beijing on 3 May 2005, officials said.",
        "Pakistan, which had joined SEATO in 1954, protested to Moscow.",
        "During a visit to Moscow in 2011, Zardari met Medvedev.",
        "Russia did not supply arms to Pakistan until 2014.",
    ];

    private static readonly string[] TimePhrases =
    [
        "the decade after", "the years after", "two years later", "300 years later", "9999999999 years later", "that year",
        "in the", "since", "until", "by the end of the", "in the 1990000s", "the following", "a decade earlier", "in", "on",
        "1965", "the 60s", "between 1971 and", "from 2001 to", "in the early", "last", "next week", "since then", "the same day",
    ];

    private static readonly string[] ImpossibleDates =
    [
        "On 31 February 1971", "On 99/99/9999", "On 0 January 0", "In the year -5000000", "On 2023-13-45", "In 99999999999999999999",
        "On 29 February 1900", "In 1e308", "On the 32nd of May 1985", "In 10^1000", "On 1971-02-30T25:61:61Z", "In year 2147483648",
        "On 12 March 1972 12 March 1972 12 March 1972",
    ];

    private static readonly string[] FrontMatters =
    [
        "---\n---\n", "---\n", "---\n--- \n", "---\ntitle:\n---\n", "---\n: : :\n---\n", "---\ndate: 99999-99-99\n---\n",
        "---\ndate: [[[[[[[[\n---\n", "---\na: &a [x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b]\n---\n",
        "---\n\ttitle: tab\n---\n", "---\ntitle: \"unclosed\n---\n", "---\n? complex\n: key\n---\n", "---\r\n---\r\n",
        "---\ndate: 1971-02-30\nurl: javascript:alert(1)\n---\n", "---\n!!binary AAAA\n---\n", "---\n%YAML 9.9\n---\n",
    ];

    private readonly Random _random;

    public HostileInputs(int seed) => _random = new Random(seed);

    /// <summary>The next input; <paramref name="maxDepth"/> bounds the deep nestings (HTML, Markdown).</summary>
    public HostileInput Next(int index, int maxDepth = 20_000)
    {
        var kind = _random.Next(12);
        var extension = Extensions[_random.Next(Extensions.Length)];
        (string Name, string? Text, byte[]? Bytes) input = kind switch
        {
            0 => ("bytes", null, RandomBytes(_random.Next(0, 4096))),
            1 => ("unicode", OddUnicode(_random.Next(1, 2000)), null),
            2 => ("frontmatter", Pick(FrontMatters) + Prose(3), null),
            3 => ("markdown", DeepMarkdown(maxDepth) + Prose(2), null),
            4 => ("html", DeepHtml(maxDepth), null),
            5 => ("numbers", HugeNumbers(), null),
            6 => ("dates", Pick(ImpossibleDates) + " Pakistan attacked India. " + Prose(2), null),
            7 => ("time", BareTime(), null),
            8 => ("lines", ManyShortLines(), null),
            9 => ("actors", LongCoordination(), null),
            10 => ("spliced", Spliced(), null),
            _ => ("encoding", null, BrokenEncoding()),
        };
        if (input.Name == "html")
        {
            extension = ".html";
        }

        return new HostileInput($"{index:000000}-{input.Name}{extension}", input.Bytes ?? Encoding.UTF8.GetBytes(input.Text!), input.Name);
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private string Prose(int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append(Pick(Sentences)).Append(' ');
        }

        return text.ToString();
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Combining marks, bidi controls, zero-width and private-use characters, lone surrogates, emoji, NULs.</summary>
    private string OddUnicode(int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            switch (_random.Next(10))
            {
                case 0: text.Append((char)_random.Next(0x0300, 0x0370)); break;
                case 1: text.Append((char)(0x202A + _random.Next(5))).Append((char)(0x2066 + _random.Next(4))); break;
                case 2: text.Append((char)(0x200B + _random.Next(5))); break;
                case 3: text.Append((char)_random.Next(0xD800, 0xE000)); break;
                case 4: text.Append(char.ConvertFromUtf32(_random.Next(0x1F300, 0x1FAFF))); break;
                case 5: text.Append((char)_random.Next(0, 0x20)); break;
                case 6: text.Append((char)_random.Next(0xE000, 0xF900)); break;
                case 7: text.Append((char)_random.Next(0x4E00, 0x9FFF)); break;
                case 8: text.Append("\uFEFF\uFFFE\uFFFF"); break;
                default: text.Append(Pick(Sentences)[.._random.Next(1, 20)]); break;
            }
        }

        return text.ToString();
    }

    private string DeepMarkdown(int maxDepth)
    {
        string[] units = ["> ", "[", "*", "_", "`", "- ", "    - ", "#", "![", "<", "|", "1. "];
        var unit = Pick(units);
        var depth = _random.Next(1, Math.Max(2, maxDepth / 10));
        return string.Concat(Enumerable.Repeat(unit, depth)) + "Pakistan attacked India in 1965." + (_random.Next(2) == 0 ? string.Concat(Enumerable.Repeat("]", depth)) : string.Empty) + "\n";
    }

    private string DeepHtml(int maxDepth)
    {
        string[] tags = ["div", "span", "p", "table", "ul", "li", "b", "script", "style", "template", "svg", "a"];
        var tag = Pick(tags);
        var depth = _random.Next(1, Math.Max(2, maxDepth));
        var closed = _random.Next(3);
        var text = new StringBuilder();
        text.Append("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            text.Append('<').Append(tag).Append(_random.Next(4) == 0 ? " class=\"x\"" : string.Empty).Append('>');
        }

        text.Append(Prose(2)).Append(_random.Next(2) == 0 ? "&#x110000;&#99999999999;&bogus;&" : "<!-- unclosed");
        for (var i = 0; closed > 0 && i < depth; i++)
        {
            text.Append("</").Append(closed == 1 ? tag : "zz").Append('>');
        }

        return text.ToString();
    }

    private string HugeNumbers()
    {
        string[] forms =
        [
            "In {0} Pakistan attacked India.", "{0} years later Russia signed a treaty with Pakistan.", "China sent {0} troops to Tibet in 1950.",
            "Trade rose by {0} percent in 1999.", "On {0} March 1972 Bhutto visited Moscow.", "In the {0}s India tested a bomb.",
        ];
        string[] numbers = ["99999999999999999999999", "-1", "0", "2147483648", "1e400", "NaN", "00000000001965", "1,000,000,000,000", "½", "١٩٦٥", "１９６５"];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(forms), Pick(numbers));
    }

    private string BareTime()
    {
        var text = new StringBuilder();
        var count = _random.Next(1, 50);
        for (var i = 0; i < count; i++)
        {
            text.Append(Pick(TimePhrases)).Append(_random.Next(3) == 0 ? "\n" : " ");
        }

        return text.ToString();
    }

    private string ManyShortLines()
    {
        var text = new StringBuilder();
        var count = _random.Next(1, 5000);
        for (var i = 0; i < count; i++)
        {
            text.Append(_random.Next(4) == 0 ? Pick(TimePhrases) : Pick(Sentences)[.._random.Next(1, 12)]).Append('\n');
        }

        return text.ToString();
    }

    private string LongCoordination()
    {
        string[] actors = ["Pakistan", "India", "China", "Russia", "the United States", "Afghanistan", "Iran", "Turkey"];
        var text = new StringBuilder("In 1990 ");
        var count = _random.Next(2, 2000);
        for (var i = 0; i < count; i++)
        {
            text.Append(Pick(actors)).Append(i == count - 2 ? " and " : ", ");
        }

        text.Append(_random.Next(2) == 0 ? "met in Geneva." : "signed an agreement with " + Pick(actors) + ".");
        return text.ToString();
    }

    /// <summary>Ordinary sentences cut at random places and joined with the other kinds' fragments.</summary>
    private string Spliced()
    {
        var text = new StringBuilder();
        var pieces = _random.Next(1, 30);
        for (var i = 0; i < pieces; i++)
        {
            var sentence = Pick(Sentences);
            var cut = _random.Next(0, sentence.Length);
            text.Append(_random.Next(5) switch
            {
                0 => sentence[..cut],
                1 => sentence[cut..],
                2 => Pick(TimePhrases),
                3 => Pick(ImpossibleDates),
                _ => sentence,
            });
            text.Append(_random.Next(6) switch { 0 => "", 1 => "\n", 2 => ".", 3 => " ,;:()\"'", _ => " " });
        }

        return text.ToString();
    }

    /// <summary>Valid text in UTF-16, truncated UTF-8 sequences, overlong forms and mixed encodings.</summary>
    private byte[] BrokenEncoding()
    {
        var prose = Prose(3);
        return _random.Next(5) switch
        {
            0 => Encoding.Unicode.GetBytes(prose),
            1 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(prose)],
            2 => [.. Encoding.UTF8.GetBytes(prose), 0xE2, 0x82],
            3 => [0xC0, 0xAF, 0xE0, 0x80, 0xAF, .. Encoding.UTF8.GetBytes(prose)],
            _ => [.. Encoding.Latin1.GetBytes("Caf\u00e9 " + prose), .. Encoding.UTF8.GetBytes("caf\u00e9 " + prose)],
        };
    }
}
