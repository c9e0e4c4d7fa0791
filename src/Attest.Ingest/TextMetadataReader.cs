using System.Text.RegularExpressions;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;

namespace Attest.Ingest;

/// <summary>Reads publication metadata from the lines of a plain text: header lines ("date 2022-09-19 By
/// Outlet", "Published: …", "By Anna Varga", "Source: Kaldor Wire"), lead-ins ("Acme News reports that …",
/// "…, Acme News reports, citing the ministry."), datelines ("LIRENSK, March 8 (Kaldor Wire) —") and closing
/// date and place lines. Built once from the lexicons; immutable and thread-safe.</summary>
/// <remarks>The date and the place of issue come from the core's <see cref="DocumentDateFinder"/>, the same
/// finder the analyzer runs, so a date recorded at ingest is the date analysis would find. Names are runs of up
/// to five capitalised words (a web address such as "Outlet.az" counts as one). Only the first
/// <see cref="TopLines"/> non-blank lines are read for headers and lead-ins: further down, "X reports" is
/// what the text says about X, not who published it. A byline on a date header names the publisher when it is
/// one word, when the lead-in names the same outlet, or when a separate byline names the author; otherwise the
/// author.</remarks>
public sealed class TextMetadataReader
{
    /// <summary>Non-blank lines from the top that may be headers or lead-ins.</summary>
    public const int TopLines = 8;

    /// <summary>Texts up to this many characters are given whole to the date finder; of longer ones, the head
    /// and the tail of this size each, cut at line breaks (the finder reads only the top and bottom lines).</summary>
    public const int DateWindow = 8 * 1024;

    /// <summary>Longest line, in characters, read as a byline or labelled header line.</summary>
    private const int MaxHeaderLine = 200;

    private const string Word = @"(?:\p{Lu}|\d)[\p{L}\p{N}.&'’\-]*";
    private const string Name = Word + @"(?:[ \t]+" + Word + "){0,4}";

    private static readonly Lazy<TextMetadataReader> Bundled = new(() => new TextMetadataReader(LexiconSet.Bundled));
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly TextLayerBuilder layers;
    private readonly DocumentDateFinder dates;
    private readonly Regex leadIn;
    private readonly Regex leadInTail;
    private readonly Regex byline;
    private readonly Regex headerBy;
    private readonly Regex publisherLabel;
    private readonly Regex authorLabel;
    private readonly Regex dateline;
    private readonly HashSet<string> weakVerbs;
    private readonly HashSet<string> notOutlets;

    public TextMetadataReader(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        layers = new TextLayerBuilder(AbbreviationLexicon.FromEntries(lexicons.All));
        dates = new DocumentDateFinder(lexicons);
        var verbs = Forms(lexicons, "outlet-verb");
        weakVerbs = lexicons.OfKind("outlet-verb").Where(e => e.Attribute("weak") == "yes")
            .SelectMany(e => e.Aliases.Prepend(e.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A state, a city or a body that is not a news outlet "reports" what it says itself: it is a source, not
        // the publisher ("Varnia reports that two soldiers were killed").
        notOutlets = LexiconMatcher.NameKinds
            .SelectMany(kind => lexicons.OfKind(kind))
            .Where(e => e.Attribute("type") != "outlet")
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var citing = Forms(lexicons, "lead-in-citing");
        var by = Forms(lexicons, "byline-word");
        // Compiled once per process: the reader is a singleton that reads every document of a batch.
        var options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
        var cited = $@"(?:[ \t]*,[ \t]*(?i:{citing})[ \t]+(?<cited>[^,.;:\n]+))?";
        leadIn = new Regex($@"^[ \t]*(?<name>{Name})[ \t]+(?<verb>(?i:{verbs})){cited}[ \t]*(?:(?i:that)\b|:|,|—|–)", options, Timeout);
        leadInTail = new Regex($@",[ \t]*(?<name>{Name})[ \t]+(?<verb>(?i:{verbs})){cited}[ \t]*[.,;]", options, Timeout);
        byline = new Regex($@"^[ \t]*(?i:{by})[ \t]+(?<name>{Name}(?:[ \t]*(?:,|&)[ \t]*{Name})*)[ \t]*$", options, Timeout);
        headerBy = new Regex($@"\d.*\b(?i:{by})[ \t]+(?<name>{Name})[ \t]*$", options, Timeout);
        publisherLabel = new Regex($@"^[ \t]*(?i:{Forms(lexicons, "publisher-label")})[ \t]*:[ \t]*(?<name>[^\n]+?)[ \t]*$", options, Timeout);
        authorLabel = new Regex($@"^[ \t]*(?i:{Forms(lexicons, "author-label")})[ \t]*:[ \t]*(?<name>[^\n]+?)[ \t]*$", options, Timeout);
        dateline = new Regex(@"^[ \t]*(?<place>\p{Lu}[\p{L}'’.\- ]{1,40}?)[ \t]*,[ \t]*[^()\n]{3,40}?\([ \t]*(?<name>[^()\n]{2,40}?)[ \t]*\)[ \t]*[—–-]", options, Timeout);
    }

    /// <summary>A reader over the bundled lexicons.</summary>
    public static TextMetadataReader Default => Bundled.Value;

    /// <summary>Reads the metadata lines of <paramref name="text"/>.</summary>
    public TextMetadata Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var date = dates.Find(layers.Build(DateExcerpt(text)));
        string? publisher = null, author = null, headerName = null, cited = null, datelinePlace = null;
        string? leadInName = null;
        foreach (var line in Top(text))
        {
            if (leadInName is null && (Outlet(leadIn.Match(line)) ?? Outlet(leadInTail.Match(line))) is { } found)
            {
                leadInName = found.Name;
                cited ??= found.Cited;
            }

            // Bylines and labelled header lines are short; a long line is prose, where only a lead-in or a
            // dateline may stand.
            if (line.Length <= MaxHeaderLine)
            {
                if (author is null && byline.Match(line) is { Success: true } by)
                {
                    author = by.Groups["name"].Value;
                }
                else if (headerName is null && headerBy.Match(line) is { Success: true } header)
                {
                    headerName = header.Groups["name"].Value;
                }

                if (publisher is null && publisherLabel.Match(line) is { Success: true } label)
                {
                    publisher = label.Groups["name"].Value;
                }

                if (author is null && authorLabel.Match(line) is { Success: true } writer)
                {
                    author = writer.Groups["name"].Value;
                }
            }

            if (datelinePlace is null && dateline.Match(line) is { Success: true } agency)
            {
                datelinePlace = agency.Groups["place"].Value.Trim();
                publisher ??= agency.Groups["name"].Value;
            }
        }

        if (headerName is not null)
        {
            var isPublisher = !headerName.Contains(' ', StringComparison.Ordinal) || author is not null ||
                string.Equals(headerName, leadInName, StringComparison.OrdinalIgnoreCase);
            if (isPublisher)
            {
                publisher ??= headerName;
            }
            else
            {
                author ??= headerName;
            }
        }

        publisher ??= leadInName;
        var place = date?.PlaceOfIssue ?? (datelinePlace is null ? null : TitleCase(datelinePlace));
        return new TextMetadata(date?.Value, place, publisher, author, cited?.Trim());
    }

    /// <summary>The outlet a lead-in names: not a state, place or body the lexicons know as other than an outlet;
    /// with a weak verb ("reported"), a one-word name or a web address, since a person can report too.</summary>
    private (string Name, string? Cited)? Outlet(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        if (notOutlets.Contains(name))
        {
            return null;
        }

        if (weakVerbs.Contains(match.Groups["verb"].Value) && name.Contains(' ', StringComparison.Ordinal) && !name.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var cited = match.Groups["cited"];
        return (name, cited.Success ? cited.Value : null);
    }

    private static IEnumerable<string> Top(string text)
    {
        var count = 0;
        var position = 0;
        while (position < text.Length && count < TopLines)
        {
            var end = text.IndexOf('\n', position);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(position, end - position).TrimEnd('\r');
            position = end + 1;
            if (!line.IsWhiteSpace())
            {
                count++;
                yield return line.ToString();
            }
        }
    }

    /// <summary>The text, or for a long one its head and tail cut at line breaks, joined by a blank line.</summary>
    internal static string DateExcerpt(string text)
    {
        if (text.Length <= 2 * DateWindow)
        {
            return text;
        }

        var headEnd = text.LastIndexOf('\n', DateWindow);
        var tailStart = text.IndexOf('\n', text.Length - DateWindow);
        headEnd = headEnd < 0 ? DateWindow : headEnd;
        tailStart = tailStart < 0 ? text.Length - DateWindow : tailStart + 1;
        return string.Concat(text.AsSpan(0, headEnd), "\n\n", text.AsSpan(tailStart));
    }

    private static string Forms(LexiconSet lexicons, string kind)
    {
        var forms = lexicons.OfKind(kind)
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .OrderByDescending(f => f.Length)
            .Select(f => Regex.Escape(f).Replace("\\ ", @"[ \t]+", StringComparison.Ordinal))
            .ToList();
        return forms.Count == 0 ? "(?!)" : string.Join('|', forms);
    }

    /// <summary>"LIRENSK" → "Lirensk"; a name already in mixed case is kept.</summary>
    private static string TitleCase(string name)
    {
        if (name.Any(char.IsLower))
        {
            return name;
        }

        var chars = name.ToCharArray();
        var start = true;
        for (var k = 0; k < chars.Length; k++)
        {
            var c = chars[k];
            chars[k] = start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            start = !char.IsLetter(c);
        }

        return new string(chars);
    }
}
