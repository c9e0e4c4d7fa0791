using Attest.Text;

namespace Attest.Incidents;

/// <summary>The working storage of one <see cref="IncidentReader"/>: per-token arrays and per-document lists, kept
/// per thread and cleared for each document, so a stream of documents does not allocate them again for each.</summary>
/// <remarks>The arrays only grow; a reader reads the first <c>n</c> entries (tokens or sentences) and never their
/// length. Taken while in use, so a nested or failed call builds its own rather than sharing one.</remarks>
internal sealed class IncidentScratch
{
    [ThreadStatic]
    private static IncidentScratch? spare;

    public int[] SentenceOf { get; private set; } = [];

    public int[] ParagraphOfSentence { get; private set; } = [];

    /// <summary>Per sentence, the bits of the event word kinds that start in it, and the speech-verb bit.</summary>
    public uint[] KindsOfSentence { get; private set; } = [];

    /// <summary>The tokens where a trigger form starts, in text order.</summary>
    public List<int> TriggerTokens { get; } = [];

    /// <summary>Index into <see cref="PhraseIds"/> of the first form starting at each token, written only where one does.</summary>
    public int[] Head { get; private set; } = [];

    public uint[] Cover { get; private set; } = [];

    public uint[] Starts { get; private set; } = [];

    public ushort[] Traits { get; private set; } = [];

    /// <summary>Per token, the index into the places list of the place that starts there; read only where the
    /// token's traits say one does, so never cleared.</summary>
    public int[] PlaceIndex { get; private set; } = [];

    /// <summary>Per token, the index into the adjective list of the country adjective that starts there; read only
    /// where the token's traits say one does, so never cleared.</summary>
    public int[] AdjectiveIndex { get; private set; } = [];

    /// <summary>The event forms found in the document, as indexes into <see cref="EventVocabulary.Forms"/>, grouped by
    /// start token through <see cref="Head"/>.</summary>
    public int[] PhraseIds { get; set; } = [];

    /// <summary>Per event word kind, the form the reader chose at the token being read; see <c>AddPhrases</c>.</summary>
    public int[] FormOfKind { get; } = new int[32];

    public List<Span> Excluded { get; } = [];

    public List<Span> PersonSpans { get; } = [];

    public List<IncidentReader.PlaceAt> PlacesAt { get; } = [];

    public List<(int Start, int End, string Iso)> Adjectives { get; } = [];

    public List<(int Start, int End, string Name)> Speakers { get; } = [];

    public List<(int Start, int End, string? Country, string? Name, string? Owner)> Missions { get; } = [];

    public List<(int Token, string Value)> TimesAt { get; } = [];

    public List<(Span Span, string? Speaker)> QuoteSpans { get; } = [];

    /// <summary>The places one location phrase lists, for the mention being read.</summary>
    public List<IncidentReader.PlaceAt> Located { get; } = [];

    /// <summary>The document's mentions in text order, as the reader hands them to the merger.</summary>
    public List<IncidentMention> Mentions { get; } = [];

    /// <summary>Every mention object this storage has made; the first <see cref="rented"/> are the document's.</summary>
    private readonly List<IncidentMention> mentionPool = [];

    private int rented;

    /// <summary>Takes this thread's spare storage, or new storage when none is spare, sized and cleared for a
    /// document of <paramref name="tokens"/> tokens and <paramref name="sentences"/> sentences.</summary>
    public static IncidentScratch Take(int tokens, int sentences)
    {
        var scratch = spare ?? new IncidentScratch();
        spare = null;
        scratch.Prepare(tokens, sentences);
        return scratch;
    }

    /// <summary>A mention for the document being read, set up as a new one would be; it stays the document's until
    /// the storage is taken for the next document, so the merger may still read it.</summary>
    public IncidentMention RentMention(EventPhrase trigger, int token, Span span, int sentence)
    {
        if (rented == mentionPool.Count)
        {
            mentionPool.Add(new IncidentMention());
        }

        return mentionPool[rented++].Reset(trigger, token, span, sentence);
    }

    /// <summary>Keeps <paramref name="scratch"/> for this thread's next document; the reader that used it must be done.</summary>
    public static void Return(IncidentScratch scratch)
    {
        // A huge document would otherwise pin its arrays and mentions for the thread's lifetime.
        if (scratch.Head.Length <= 1 << 20 && scratch.mentionPool.Count <= 1 << 14)
        {
            spare = scratch;
        }
    }

    private void Prepare(int tokens, int sentences)
    {
        if (Head.Length < tokens + 1)
        {
            var size = Math.Max(tokens + 1, Head.Length * 2);
            SentenceOf = new int[size];
            Head = new int[size];
            Cover = new uint[size];
            Starts = new uint[size];
            Traits = new ushort[size];
            PlaceIndex = new int[size];
            AdjectiveIndex = new int[size];
        }
        else
        {
            // The cover is accumulated into (|=), so it starts from zero as a new array would; the sentences, head,
            // starts and traits are written in full before they are read, and the indexes only where traits say.
            Array.Clear(Cover, 0, tokens);
        }

        if (ParagraphOfSentence.Length < sentences)
        {
            ParagraphOfSentence = new int[Math.Max(sentences, ParagraphOfSentence.Length * 2)];
            KindsOfSentence = new uint[ParagraphOfSentence.Length];
        }
        else
        {
            // Accumulated into (|=) as the tokens are read.
            Array.Clear(KindsOfSentence, 0, sentences);
        }

        TriggerTokens.Clear();
        Excluded.Clear();
        PersonSpans.Clear();
        PlacesAt.Clear();
        Adjectives.Clear();
        Speakers.Clear();
        Missions.Clear();
        TimesAt.Clear();
        QuoteSpans.Clear();
        Mentions.Clear();
        rented = 0;
    }
}
