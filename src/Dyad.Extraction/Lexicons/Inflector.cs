namespace Dyad.Extraction.Lexicons;

/// <summary>
/// Produces the inflected forms of an English verb (visit: visits, visited, visiting) so lexicons list lemmas only.
/// Irregular verbs and verbs that double their last consonant come from data/events/irregular-verbs.tsv.
/// </summary>
public sealed class Inflector
{
    private readonly Dictionary<string, string[]> _irregular = new(StringComparer.Ordinal);
    private readonly HashSet<string> _doubling = new(StringComparer.Ordinal);

    public static Inflector Load(string path)
    {
        var inflector = new Inflector();
        foreach (var line in TsvFile.Read(path, 2))
        {
            var lemma = line.Column(0).ToLowerInvariant();
            var forms = TsvFile.Alternatives(line.Column(1));
            if (forms.Length == 1 && forms[0] == "double")
            {
                inflector._doubling.Add(lemma);
            }
            else
            {
                inflector._irregular[lemma] = forms.Select(f => f.ToLowerInvariant()).ToArray();
            }
        }

        return inflector;
    }

    /// <summary>The lemmas of the irregular-verbs file (verbs that double their consonant included).</summary>
    public IEnumerable<string> IrregularLemmas => _irregular.Keys.Concat(_doubling);

    /// <summary>Every form the irregular-verbs file lists, lemmas included.</summary>
    public IEnumerable<string> IrregularForms => _irregular.Keys.Concat(_irregular.Values.SelectMany(v => v));

    /// <summary>The lemma and its inflected forms, without duplicates.</summary>
    public IReadOnlyList<string> FormsOf(string lemma)
    {
        var forms = new List<string> { lemma };
        if (_irregular.TryGetValue(lemma, out var irregular))
        {
            forms.AddRange(irregular);
            return forms.Distinct(StringComparer.Ordinal).ToList();
        }

        forms.Add(ThirdPerson(lemma));
        var stem = Stem(lemma);
        forms.Add(PastOf(lemma, stem));
        forms.Add(GerundOf(lemma, stem));
        if (IsBritishDoubleL(lemma))
        {
            // British spelling doubles a final l: travel, travelled, travelling.
            forms.Add(lemma + "led");
            forms.Add(lemma + "ling");
        }

        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every form of a verb with what it can be: "visited" is past or participle, "visits" present, "went" past.</summary>
    public IReadOnlyList<(string Form, Syntax.VerbForm Kind)> Inflections(string lemma)
    {
        var third = ThirdPerson(lemma);
        // "cut", "hit", "put": an irregular verb whose past is its bare form.
        var bareIsPast = _irregular.TryGetValue(lemma, out var listed) && listed.Contains(lemma);
        var result = new List<(string, Syntax.VerbForm)> { (lemma, bareIsPast ? Syntax.VerbForm.Base | Syntax.VerbForm.Past | Syntax.VerbForm.Participle : Syntax.VerbForm.Base) };
        foreach (var form in FormsOf(lemma))
        {
            if (form == lemma)
            {
                continue;
            }

            var kind = form == third ? Syntax.VerbForm.Present
                : form.EndsWith("ing", StringComparison.Ordinal) && form.Length > lemma.Length ? Syntax.VerbForm.Gerund
                : Syntax.VerbForm.Past | Syntax.VerbForm.Participle;
            result.Add((form, kind));
        }

        return result;
    }

    /// <summary>The past forms (past tense and participle) of a verb, for telling passives from other uses.</summary>
    public IReadOnlyList<string> PastFormsOf(string lemma)
    {
        if (_irregular.TryGetValue(lemma, out var irregular))
        {
            return irregular.Where(f => !f.EndsWith("ing", StringComparison.Ordinal) && f != ThirdPerson(lemma)).ToList();
        }

        var past = new List<string> { PastOf(lemma, Stem(lemma)) };
        if (IsBritishDoubleL(lemma))
        {
            past.Add(lemma + "led");
        }

        return past;
    }

    private static bool IsBritishDoubleL(string lemma) =>
        lemma.Length > 3 && lemma.EndsWith('l') && !lemma.EndsWith("ll", StringComparison.Ordinal) && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]);

    private string Stem(string lemma)
    {
        if (_doubling.Contains(lemma) || IsShortCvc(lemma))
        {
            return lemma + lemma[^1];
        }

        return lemma;
    }

    private static string ThirdPerson(string lemma)
    {
        if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2]))
        {
            return lemma[..^1] + "ies";
        }

        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("sh", StringComparison.Ordinal)
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('o'))
        {
            return lemma + "es";
        }

        return lemma + "s";
    }

    private static string PastOf(string lemma, string stem)
    {
        if (lemma.EndsWith('e'))
        {
            return lemma + "d";
        }

        if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2]))
        {
            return lemma[..^1] + "ied";
        }

        return stem + "ed";
    }

    private static string GerundOf(string lemma, string stem)
    {
        if (lemma.EndsWith("ie", StringComparison.Ordinal))
        {
            return lemma[..^2] + "ying";
        }

        if (lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) && lemma.Length > 2)
        {
            return lemma[..^1] + "ing";
        }

        return stem + "ing";
    }

    /// <summary>One-syllable verbs ending consonant-vowel-consonant double it: ban, banned.</summary>
    private static bool IsShortCvc(string lemma)
    {
        if (lemma.Length < 3 || lemma.Length > 4)
        {
            return false;
        }

        var last = lemma[^1];
        if (IsVowel(last) || last is 'w' or 'x' or 'y')
        {
            return false;
        }

        var vowels = lemma.Count(IsVowel);
        return vowels == 1 && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
