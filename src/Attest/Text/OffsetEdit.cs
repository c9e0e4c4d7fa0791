namespace Attest.Text;

/// <summary>One place where the clean text differs in length from the original: the clean range
/// <c>[CleanStart, CleanStart + CleanLength)</c> was made from the original range
/// <c>[OriginalStart, OriginalStart + OriginalLength)</c>. Between edits the two texts run in step.</summary>
internal readonly record struct OffsetEdit(int CleanStart, int CleanLength, int OriginalStart, int OriginalLength)
{
    public int CleanEnd => CleanStart + CleanLength;

    public int OriginalEnd => OriginalStart + OriginalLength;
}
