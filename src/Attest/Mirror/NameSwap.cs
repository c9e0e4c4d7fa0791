using System.Collections.Immutable;
using System.Text;
using Attest.Lexicons;

namespace Attest.Mirror;

/// <summary>Swaps the names of paired sides in a text — country names and aliases, adjectives, demonyms, capitals —
/// all derived from the lexicons (kinds <c>country</c> and <c>city</c>). Longest match first, whole words, case as
/// written (<c>ARMENIA</c>, <c>armenian</c>); possessives and hyphenated compounds keep their endings
/// (<c>Azerbaijan's</c>, <c>Armenian-Azerbaijani</c>). Names of other places and bodies that contain a side's
/// name are swapped like any text (<c>French Guiana</c> becomes <c>Lebanese Guiana</c>): the swapped text is read
/// in the mirror world (<see cref="Mirror"/>), whose lexicons are renamed by the same swap, so every name finds
/// its entry there with the other side's code. Immutable and thread-safe.</summary>
public sealed class NameSwap
{
    /// <summary>The attributes whose values are country codes (docs/lexicons.md), a country's own <c>iso</c> code
    /// among them.</summary>
    private static readonly string[] CodeAttributes = ["iso", "country", "parent", "administered_by", "partly_administered_by", "claimed_by"];

    private readonly ImmutableArray<MirrorSide> sides;
    private readonly ImmutableArray<Form> forms;
    private readonly Dictionary<char, ImmutableArray<Form>> byFirstChar;
    private readonly Dictionary<string, (int Pair, int Side)> codes;

    private readonly Dictionary<(int Pair, FormClass Class), FormClass> tagClasses;

    private NameSwap(ImmutableArray<MirrorSide> sides, ImmutableArray<Form> forms, Dictionary<string, (int Pair, int Side)> codes)
    {
        this.sides = sides;
        tagClasses = TagClasses(sides);
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

        return Parsed<NameSwap>.Ok(new NameSwap(built, [.. forms], codes));
    }

    /// <summary>The mirror world of <paramref name="lexicons"/>, in which a swapped text is read: every entry
    /// renamed by <see cref="Swap"/> (its name, aliases and every attribute that holds words, such as <c>adj=</c> or
    /// <c>capital=</c>) with every country code of a paired side exchanged for the other side's (<c>iso</c>,
    /// <c>country</c>, <c>parent</c>, <c>administered_by</c>, <c>partly_administered_by</c>, <c>claimed_by</c>).
    /// A town, outlet or body whose name holds no side's form keeps its name and moves to the other side; one named
    /// after a side ("A Courier", "French Guiana") is renamed after the other and moves with it. An entry whose
    /// renamed name the lexicons already list as another entry (a side itself, its capital, "Foreign Ministry of
    /// A" when "… of B" is listed) stays as it is: that other entry is its mirror image, so knowledge listed for
    /// one side and missing for the other (an alias) still shows as an asymmetry.</summary>
    public LexiconSet Mirror(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var exchange = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s + 1 < sides.Length; s += 2)
        {
            if (sides[s].Code is { } a && sides[s + 1].Code is { } b)
            {
                exchange[a] = b.ToUpperInvariant();
                exchange[b] = a.ToUpperInvariant();
            }
        }

        var listed = lexicons.All.SelectMany(e => Names(e).Select(n => (e.Kind, n))).ToHashSet(new KindAndName());
        return new LexiconSet(lexicons.All.Select(entry =>
        {
            var image = Swap(entry.Name);
            return !string.Equals(image, entry.Name, StringComparison.Ordinal) && listed.Contains((entry.Kind, image))
                ? entry
                : Mirrored(entry, exchange);
        }));
    }

    private LexiconEntry Mirrored(LexiconEntry entry, Dictionary<string, string> exchange)
    {
        var name = Swap(entry.Name);
        var aliases = entry.Aliases.Select(Swap).Distinct(StringComparer.Ordinal).Where(a => !string.Equals(a, name, StringComparison.Ordinal)).ToImmutableArray();
        var attributes = entry.Attributes;
        foreach (var (key, value) in entry.Attributes)
        {
            var mirrored = CodeAttributes.Contains(key, StringComparer.Ordinal) ? Exchanged(value, exchange) : Swap(value);
            if (!string.Equals(mirrored, value, StringComparison.Ordinal))
            {
                attributes = attributes.SetItem(key, mirrored);
            }
        }

        return ReferenceEquals(attributes, entry.Attributes) && string.Equals(name, entry.Name, StringComparison.Ordinal)
            && aliases.SequenceEqual(entry.Aliases, StringComparer.Ordinal)
            ? entry
            : entry with { Name = name, Aliases = aliases, Attributes = attributes };
    }

    private static string Exchanged(string value, Dictionary<string, string> exchange)
    {
        var codes = value.Split(',');
        var changed = false;
        for (var i = 0; i < codes.Length; i++)
        {
            if (exchange.TryGetValue(codes[i].Trim(), out var other))
            {
                codes[i] = other;
                changed = true;
            }
        }

        return changed ? string.Join(",", codes) : value;
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

    private string Tag(int pair, int side, FormClass cls) =>
        "⟦" + pair.ToString(System.Globalization.CultureInfo.InvariantCulture) + (side == 0 ? "a" : "b") + ":"
        + tagClasses.GetValueOrDefault((pair, cls), cls).ToString().ToLowerInvariant() + "⟧";

    /// <summary>The class each tag names, per pair: classes that share a form on either side ("French" is France's
    /// adjective and demonym) or stand in for an empty one read as one class, because the swap cannot tell which
    /// of them a form it wrote came from.</summary>
    private static Dictionary<(int Pair, FormClass Class), FormClass> TagClasses(ImmutableArray<MirrorSide> sides)
    {
        var merged = new Dictionary<(int Pair, FormClass Class), FormClass>();
        FormClass Find(int pair, FormClass cls) => merged.TryGetValue((pair, cls), out var up) && up != cls ? Find(pair, up) : cls;
        void Union(int pair, FormClass a, FormClass b)
        {
            var (x, y) = (Find(pair, a), Find(pair, b));
            if (x != y)
            {
                merged[(pair, x > y ? x : y)] = x < y ? x : y;
            }
        }

        for (var s = 0; s < sides.Length; s++)
        {
            var classes = sides[s].Classes().ToList();
            foreach (var (cls, list) in classes)
            {
                foreach (var (other, otherList) in classes)
                {
                    if (cls < other && list.Any(f => otherList.Contains(f, StringComparer.OrdinalIgnoreCase)))
                    {
                        Union(s / 2, cls, other);
                    }
                }

                // An empty class borrows another's forms, and the swap writes the other side's names for a form
                // whose class that side lacks.
                var used = sides[s].ClassList(cls);
                if (list.IsEmpty)
                {
                    Union(s / 2, cls, used.IsEmpty ? FormClass.Name : classes.First(c => c.Forms == used).Class);
                }
            }
        }

        return Enum.GetValues<FormClass>()
            .SelectMany(cls => Enumerable.Range(0, (sides.Length + 1) / 2).Select(pair => (pair, cls)))
            .ToDictionary(k => k, k => Find(k.pair, k.cls));
    }

    private string Rewrite(string text, Func<Form, string, string> replace)
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

            result ??= new StringBuilder(text.Length + 16);
            result.Append(text, copied, i - copied).Append(replace(found, text.Substring(i, found.Text.Length)));
            copied = i + found.Text.Length;

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

    /// <summary>Kind and name, the name compared as the matcher does, without case.</summary>
    private sealed class KindAndName : IEqualityComparer<(string Kind, string Name)>
    {
        public bool Equals((string Kind, string Name) x, (string Kind, string Name) y) =>
            string.Equals(x.Kind, y.Kind, StringComparison.Ordinal) && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Kind, string Name) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Kind), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
    }

    /// <summary>One written form of a side.</summary>
    private sealed record Form(string Text, int Side, FormClass Class, int Index);
}
