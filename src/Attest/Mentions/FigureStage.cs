using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds casualty and event figures: a number in digits or words ("79", "1,200", "two thousand",
/// "a dozen") that a cue in its clause ties to what it counts ("were killed", "the death of", "acts of
/// terrorism"), with lower bounds ("more than", "at least") and ranges ("between 10 and 15") as
/// <see cref="FigureMention.CountMin"/>, and the counted phrase as written.</summary>
/// <remarks>The vocabulary is the lexicon kinds <c>figure-cue</c>, <c>figure-number</c>, <c>figure-bound</c>,
/// <c>figure-blocker</c>, <c>figure-subset</c> and <c>figure-word</c> (bundled in <c>lexicons/figures.tsv</c>,
/// documented in <c>docs/lexicons.md</c>); the rules are general and listed on the scanner. A number that no
/// cue governs is not a figure: "522 organisations issued a statement", dates, years, times, ages, money,
/// measures and article numbers are left alone. Built once; immutable and thread-safe.</remarks>
public sealed class FigureStage
{
    /// <summary>The smallest scratch array made: most documents fit, so it is made once per thread.</summary>
    private const int MinScratch = 1024;

    /// <summary>The vocabulary entry of every token, for the scanner; clean (all null) whenever it is not in use.</summary>
    [ThreadStatic]
    private static FigureWord?[]? spareWords;

    /// <summary>Room for the scanner's candidate tokens.</summary>
    [ThreadStatic]
    private static int[]? spareCandidates;

    private readonly FigureVocabulary vocabulary;

    /// <summary>Compiles the figure vocabulary of <paramref name="lexicons"/>.</summary>
    public FigureStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        vocabulary = FigureVocabulary.Build(lexicons, new TextLayerBuilder(AbbreviationLexicon.FromEntries(lexicons.All)));
    }

    /// <summary>Figure lexicon entries that were skipped because they are malformed, one line each with the
    /// entry's file and line and what was expected; empty for the bundled lexicons.</summary>
    public ImmutableArray<string> Diagnostics => vocabulary.Diagnostics;

    /// <summary>The figures of one document, in text order; at most one per number.</summary>
    public ImmutableArray<FigureMention> Find(TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Tokens.IsEmpty)
        {
            return [];
        }

        // The arrays of the last call on this thread, taken while in use. The scanner stores only the words it
        // finds, so the word array must be clean when taken: only the part in use holds references, and it is
        // cleared before it is put back.
        var count = layer.Tokens.Length;
        var words = spareWords is { } w && w.Length >= count ? w : new FigureWord?[Math.Max(count, MinScratch)];
        var candidates = spareCandidates is { } c && c.Length >= count ? c : new int[Math.Max(count, MinScratch)];
        spareWords = null;
        spareCandidates = null;
        var figures = new FigureScanner(layer, vocabulary, words).Run(candidates);
        Array.Clear(words, 0, count);
        spareWords = words;
        spareCandidates = candidates;
        return figures;
    }
}
