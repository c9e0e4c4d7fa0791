using System.Collections.Immutable;
using System.Text;
using Attest.Lexicons;

namespace Attest.Mirror;

/// <summary>Swaps the names of paired sides in a text — country names and aliases, adjectives, demonyms, capitals —
/// all derived from the lexicons (kinds <c>country</c> and <c>city</c>). Longest match first, whole words, case as
/// written (<c>ARMENIA</c>, <c>armenian</c>); possessives and hyphenated compounds keep their endings
/// (<c>Azerbaijan's</c>, <c>Armenian-Azerbaijani</c>). Names of other places and bodies that contain a side's
/// name (<c>French Guiana</c>, <c>East Azerbaijan</c>) are left whole. Immutable and thread-safe.</summary>
public sealed class NameSwap
{
    private readonly ImmutableArray<MirrorSide> sides;
    private readonly ImmutableArray<Form> forms;
    private readonly Dictionary<char, ImmutableArray<Form>> byFirstChar;
    private readonly Dictionary<string, (int Pair, int Side)> codes;

    private NameSwap(ImmutableArray<MirrorSide> sides, ImmutableArray<Form> forms, Dictionary<string, (int Pair, int Side)> codes)
    {
        this.sides = sides;
        this.forms = forms;
        this.codes = codes;
        byFirstChar = forms
            .GroupBy(f => char.ToLowerInvariant(f.Text[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Text.Length).ThenBy(f => f.Text, StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>Which list of a side's names a form belongs to; a form maps to the form of the same class and
    /// index on the other side (the last one when the other side has fewer).</summary>
    public enum FormClass
    {
        Name,
        Adjective,
        Demonym,
        Capital,
    }

    /// <summary>The paired sides, two per pair, in order.</summary>
    public ImmutableArray<MirrorSide> Sides => sides;

    /// <summary>Builds the swap for <paramref name="pairs"/> (<c>A:B</c>, by country name, alias or ISO code). Fails
    /// on an unknown or repeated side.</summary>
    public static Parsed<NameSwap> Create(LexiconSet lexicons, IEnumerable<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(pairs);
        var countries = lexicons.OfKind("country");
        var sides = ImmutableArray.CreateBuilder<MirrorSide>();
        foreach (var pair in pairs)
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == pair.Length - 1)
            {
                return Parsed<NameSwap>.Fail($"pair \"{pair}\": expected A:B (two countries)");
            }

            foreach (var name in new[] { pair[..colon].Trim(), pair[(colon + 1)..].Trim() })
            {
                var entry = countries.FirstOrDefault(c => Names(c).Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
                    || string.Equals(c.Attribute("iso"), name, StringComparison.OrdinalIgnoreCase));
                if (entry is null)
                {
                    return Parsed<NameSwap>.Fail($"pair \"{pair}\": no country named \"{name}\" in the lexicons");
                }

                if (sides.Any(s => s.Name == entry.Name))
                {
                    return Parsed<NameSwap>.Fail($"pair \"{pair}\": \"{entry.Name}\" is already in a pair");
                }

                sides.Add(MirrorSide.Of(entry, lexicons.OfKind("city")));
            }
        }

        if (sides.Count == 0)
        {
            return Parsed<NameSwap>.Fail("no pair given: expected at least one A:B");
        }

        var built = sides.ToImmutable();
        var forms = new List<Form>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, (int Pair, int Side)>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < built.Length; s++)
        {
            var side = built[s];
            if (side.Code is { } code)
            {
                codes[code] = (s / 2, s % 2);
            }

            foreach (var (cls, list) in side.Classes())
            {
                for (var i = 0; i < list.Length; i++)
                {
                    // A form both sides share, or listed twice for one side, maps by its first listing only.
                    if (seen.Add(list[i]))
                    {
                        forms.Add(new Form(list[i], s, cls, i));
                    }
                }
            }
        }

        // Names of other entries that contain a side's form as whole words stay whole unless the lexicons know their
        // mirror image: "French Guiana" is not "Lebanese Guiana", "East Azerbaijan" is a province of another state,
        // but the foreign ministry of one side becomes the other's when both are listed.
        var sidesOnly = new NameSwap(built, [.. forms], codes);
        var named = lexicons.All.Where(e => e.Kind is "country" or "city" or "region" or "organization" or "outlet" or "instrument").ToList();
        var known = named.SelectMany(Names).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in named)
        {
            foreach (var name in Names(entry))
            {
                if (name.Length > 0 && !seen.Contains(name) && forms.Any(f => f.Side >= 0 && ContainsWord(name, f.Text))
                    && !known.Contains(sidesOnly.Swap(name)) && seen.Add(name))
                {
                    forms.Add(new Form(name, -1, FormClass.Name, 0));
                }
            }
        }

        return Parsed<NameSwap>.Ok(new NameSwap(built, [.. forms], codes));
    }

    /// <summary>The text with every side's names replaced by the other side's.</summary>
    public string Swap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Rewrite(text, (form, written) =>
        {
            var other = sides[form.Side ^ 1];
            var list = other.ClassList(form.Class);
            if (list.IsEmpty)
            {
                list = other.Names;
            }

            return MatchCase(list[Math.Min(form.Index, list.Length - 1)], written);
        });
    }

    /// <summary>A value with every side's names replaced by a tag for its side and class, so two analyses compare
    /// with names mapped: tags of the original read the sides as they are, tags of the swapped text read them
    /// flipped (<paramref name="swapped"/>).</summary>
    public string? Canonical(string? value, bool swapped)
    {
        if (value is null)
        {
            return null;
        }

        if (codes.TryGetValue(value, out var code) && value.Length == 2)
        {
            return Tag(code.Pair, code.Side ^ (swapped ? 1 : 0), FormClass.Name);
        }

        return Rewrite(value, (form, _) => Tag(form.Side / 2, (form.Side % 2) ^ (swapped ? 1 : 0), form.Class));
    }

    /// <summary>The spans of <paramref name="text"/> that hold a whole name left unswapped ("French Guiana"): a
    /// mention found inside one reads the same in both texts.</summary>
    public ImmutableArray<Text.Span> Kept(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = ImmutableArray.CreateBuilder<Text.Span>();
        Rewrite(text, (_, written) => written, (start, length) => kept.Add(new Text.Span(start, length)));
        return kept.ToImmutable();
    }

    /// <summary>How many names <see cref="Swap"/> replaces in <paramref name="text"/>.</summary>
    public int CountNames(string text)
    {
        var count = 0;
        Rewrite(text, (_, written) =>
        {
            count++;
            return written;
        });
        return count;
    }

    private static string Tag(int pair, int side, FormClass cls) =>
        "⟦" + pair.ToString(System.Globalization.CultureInfo.InvariantCulture) + (side == 0 ? "a" : "b") + ":" + cls.ToString().ToLowerInvariant() + "⟧";

    private string Rewrite(string text, Func<Form, string, string> replace, Action<int, int>? kept = null)
    {
        StringBuilder? result = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || !byFirstChar.TryGetValue(char.ToLowerInvariant(text[i]), out var candidates))
            {
                i++;
                continue;
            }

            Form? found = null;
            foreach (var form in candidates)
            {
                var end = i + form.Text.Length;
                if (end <= text.Length
                    && string.Compare(text, i, form.Text, 0, form.Text.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    found = form;
                    break;
                }
            }

            if (found is null)
            {
                i++;
                continue;
            }

            if (found.Side < 0)
            {
                kept?.Invoke(i, found.Text.Length);
            }
            else
            {
                result ??= new StringBuilder(text.Length + 16);
                result.Append(text, copied, i - copied).Append(replace(found, text.Substring(i, found.Text.Length)));
                copied = i + found.Text.Length;
            }

            i += found.Text.Length;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The replacement written in the case of the original: all capitals, lower-case first letter, or as
    /// the lexicon writes it.</summary>
    private static string MatchCase(string replacement, string written)
    {
        if (written.Length > 1 && written.Any(char.IsLetter) && written.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return replacement.ToUpperInvariant();
        }

        return char.IsLower(written[0]) && replacement.Length > 0
            ? char.ToLowerInvariant(replacement[0]) + replacement[1..]
            : replacement;
    }

    private static IEnumerable<string> Names(LexiconEntry entry) => entry.Aliases.Prepend(entry.Name);

    private static bool ContainsWord(string name, string word)
    {
        var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(name[at - 1])) && (end == name.Length || !char.IsLetterOrDigit(name[end])))
            {
                return true;
            }

            at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>One written form of a side (<paramref name="Side"/> is -1 for a name that only blocks).</summary>
    private sealed record Form(string Text, int Side, FormClass Class, int Index);
}
