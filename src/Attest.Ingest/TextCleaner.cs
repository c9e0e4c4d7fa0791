using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Ingest;

/// <summary>Takes web boilerplate (newsletter, share and cookie lines, "Read more" blocks; the
/// <c>boilerplate-line</c> entries of <c>lexicons/ingest.tsv</c>) and footnote markers ("attack[1]") out of a
/// text, recording each removal. Built once from the lexicons; immutable and thread-safe.</summary>
/// <remarks>Whole lines only are removed as boilerplate, never words inside a sentence: a line is compared,
/// lower-cased with its white space collapsed and end punctuation dropped, with every form of every entry.
/// Footnote markers are one to three digits in square brackets written straight after a word or punctuation
/// mark; a marker at the start of a line opens the footnote itself and stays.</remarks>
public sealed class TextCleaner
{
    /// <summary>The lexicon kind read for boilerplate lines.</summary>
    public const string BoilerplateKind = "boilerplate-line";

    /// <summary>A cookie notice runs on; a longer line is prose that happens to start the same way.</summary>
    private const int MaxPrefixLineWords = 60;

    private static readonly Lazy<TextCleaner> Bundled = new(() => new TextCleaner(LexiconSet.Bundled));

    private readonly FrozenDictionary<string, LexiconEntry> lines;
    private readonly ImmutableArray<(string Form, LexiconEntry Entry)> prefixes;

    public TextCleaner(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var exact = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var prefix = ImmutableArray.CreateBuilder<(string, LexiconEntry)>();
        foreach (var entry in lexicons.OfKind(BoilerplateKind))
        {
            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                var key = Normalize(form);
                if (key.Length == 0)
                {
                    continue;
                }

                if (entry.Attribute("match") == "prefix")
                {
                    prefix.Add((key, entry));
                }
                else
                {
                    exact.TryAdd(key, entry);
                }
            }
        }

        lines = exact.ToFrozenDictionary(StringComparer.Ordinal);
        prefixes = prefix.ToImmutable();
    }

    /// <summary>A cleaner over the bundled lexicons.</summary>
    public static TextCleaner Default => Bundled.Value;

    /// <summary>Removes boilerplate lines and footnote markers from <paramref name="text"/>.</summary>
    public CleanedText Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var removals = new List<(Span Span, string Rule)>();
        var block = false;
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var next = end < 0 ? text.Length : end + 1;
            var lineEnd = end < 0 ? text.Length : end;
            var line = text.AsSpan(position, lineEnd - position).TrimEnd('\r');
            if (line.IsWhiteSpace())
            {
                block = false;
            }
            else if (Boilerplate(line) is { } entry)
            {
                removals.Add((Span.FromBounds(position, next), "boilerplate:" + entry.Name));
                block = entry.Attribute("block") == "paragraph";
            }
            else if (block)
            {
                removals.Add((Span.FromBounds(position, next), removals[^1].Rule));
            }
            else
            {
                FootnoteMarkers(text, position, lineEnd, removals);
            }

            position = next;
        }

        if (removals.Count == 0)
        {
            return new CleanedText(text, []);
        }

        var cleaned = new StringBuilder(text.Length);
        var removed = ImmutableArray.CreateBuilder<RemovedText>(removals.Count);
        var at = 0;
        foreach (var (span, rule) in removals)
        {
            cleaned.Append(text, at, span.Start - at);
            removed.Add(new RemovedText(span, cleaned.Length, text.Substring(span.Start, span.Length), rule));
            at = span.End;
        }

        cleaned.Append(text, at, text.Length - at);
        return new CleanedText(cleaned.ToString(), removed.MoveToImmutable());
    }

    private LexiconEntry? Boilerplate(ReadOnlySpan<char> line)
    {
        // Boilerplate lines are short; a long line is prose and is passed over without normalising it.
        if (line.Length > 600)
        {
            return null;
        }

        var key = Normalize(line);
        if (lines.TryGetValue(key, out var entry))
        {
            return entry;
        }

        foreach (var (form, candidate) in prefixes)
        {
            if (key.StartsWith(form, StringComparison.Ordinal) &&
                (key.Length == form.Length || !char.IsLetterOrDigit(key[form.Length])) &&
                key.AsSpan().Count(' ') < MaxPrefixLineWords)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>"[1]" to "[999]" straight after a non-space character; the marker is no part of the sentence.</summary>
    private static void FootnoteMarkers(string text, int start, int end, List<(Span, string)> removals)
    {
        var i = text.IndexOf('[', start, end - start);
        while (i >= 0)
        {
            var close = i + 1;
            while (close < end && close - i <= 4 && char.IsAsciiDigit(text[close]))
            {
                close++;
            }

            var digits = close - i - 1;
            if (close < end && text[close] == ']' && digits is >= 1 and <= 3 && i > start && !char.IsWhiteSpace(text[i - 1]))
            {
                removals.Add((Span.FromBounds(i, close + 1), "footnote-marker"));
            }

            i = i + 1 < end ? text.IndexOf('[', i + 1, end - i - 1) : -1;
        }
    }

    /// <summary>Lower case, runs of white space as one space, no end punctuation or surrounding space.</summary>
    internal static string Normalize(ReadOnlySpan<char> line)
    {
        var output = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && output.Length > 0)
            {
                output.Append(' ');
            }

            space = false;
            output.Append(char.ToLowerInvariant(c));
        }

        var length = output.Length;
        while (length > 0 && output[length - 1] is ':' or '.' or '!' or '…' or '»' or '›' or '>' or ' ' or '-' or '→')
        {
            length--;
        }

        return output.ToString(0, length);
    }
}
