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
    private readonly NumberWords words;

    /// <summary>Takes the figure vocabulary of <paramref name="lexicons"/>, compiled once per set with the time words
    /// (<see cref="NumberWords"/>).</summary>
    public FigureStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        words = NumberWords.For(lexicons);
    }

    /// <summary>Figure lexicon entries that were skipped because they are malformed, one line each with the
    /// entry's file and line and what was expected; empty for the bundled lexicons.</summary>
    public ImmutableArray<string> Diagnostics => words.Figures.Diagnostics;

    /// <summary>The figures of one document, in text order; at most one per number.</summary>
    public ImmutableArray<FigureMention> Find(TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Tokens.IsEmpty)
        {
            return [];
        }

        return new FigureScanner(layer, words).Run();
    }
}
