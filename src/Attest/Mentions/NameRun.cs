namespace Attest.Mentions;

/// <summary>A run of capitalised words (with name particles and initials between them) inside one sentence:
/// tokens <c>[First, End)</c>, of which <see cref="Words"/> are name words. A candidate for a person's name.</summary>
/// <param name="Placed">The run opens with a one-word place that may be a given name ("Milan Doe"): only a title,
/// an apposition or a credit line makes it a person.</param>
internal readonly record struct NameRun(int First, int End, int Words, bool Placed = false)
{
    /// <summary>The index of the run's last token.</summary>
    public int Last => End - 1;
}
