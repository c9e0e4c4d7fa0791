using System.Runtime.CompilerServices;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Rhetoric;

namespace Attest.Attribution;

/// <summary>The word tables of the claim, demand and rhetoric stages (and the first words of the quote stage's
/// cues), compiled once per <see cref="LexiconSet"/>
/// and shared by the stages built from it, with each word's <see cref="VoiceFacts"/> kept by its id in the
/// <see cref="SharedWords"/>.</summary>
/// <remarks>The stages used to look every token up in a table of their own, and again in their rules: sharing the
/// tables lets <see cref="VoiceTokens"/> read each token's facts for all three stages from the one lookup per token
/// that every stage shares. Immutable and thread-safe.</remarks>
internal sealed class VoiceWords
{
    /// <summary>One compiled instance per lexicon set: the stages of one analyzer share it, so a document's facts
    /// found by one stage serve the next.</summary>
    private static readonly ConditionalWeakTable<LexiconSet, VoiceWords> Compiled = new();

    private readonly WordLookup<VoiceFacts> facts;


    private VoiceWords(LexiconSet lexicons)
    {
        Grammar = new DemandWords(lexicons);
        DemandVerbs = PhraseTable.Of(lexicons, DemandStage.VerbKind);
        DemandModals = PhraseTable.Of(lexicons, DemandStage.ModalKind);
        DemandTriggers = PhraseTable.Of(lexicons, DemandStage.VerbKind, DemandStage.ModalKind);
        DemandActions = PhraseTable.Of(lexicons, DemandStage.ActionKind);
        DemandNeutrals = PhraseTable.Of(lexicons, DemandStage.NeutralKind);
        Custody = CuePhrases.Of(lexicons, DemandStage.CustodyKind);
        SpeechActs = PhraseTable.Of(lexicons, ClaimStage.Kind);
        ClaimStops = PhraseTable.Of(lexicons, ClaimStage.Kind, DemandStage.VerbKind);
        Loaded = LoadedVocabulary.Build(lexicons);

        var map = new Dictionary<string, VoiceFacts>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, VoiceFacts fact)
        {
            foreach (var word in words)
            {
                map[word] = map.GetValueOrDefault(word) | fact;
            }
        }

        foreach (var (word, role) in Grammar.Roles)
        {
            Add([word], (VoiceFacts)(ulong)role & VoiceFacts.Roles);
        }

        Add(Grammar.PhraseFirstWords, VoiceFacts.GrammarPhraseStart);
        Add(DemandVerbs.FirstWords, VoiceFacts.DemandVerbStart);
        Add(DemandModals.FirstWords, VoiceFacts.DemandModalStart);
        Add(DemandActions.FirstWords, VoiceFacts.DemandActionStart);
        Add(DemandNeutrals.FirstWords, VoiceFacts.DemandNeutralStart);
        Add(Custody.FirstWords, VoiceFacts.CustodyStart);
        Add(SpeechActs.FirstWords, VoiceFacts.SpeechActStart);
        Add(Loaded.FirstWords, VoiceFacts.LoadedStart);
        foreach (var (word, head) in Loaded.HeadWords)
        {
            Add([word], (head.HasFlag(LoadedVocabulary.HeadClass.People) ? VoiceFacts.HeadPeople : 0)
                | (head.HasFlag(LoadedVocabulary.HeadClass.Act) ? VoiceFacts.HeadAct : 0));
        }

        Add(Loaded.NationalityWords, VoiceFacts.Nationality);
        foreach (var kind in (ReadOnlySpan<string>)[NameCues.SpeechVerbKind, QuoteStage.QuoteIntroKind, QuoteStage.LabelVerbKind, QuoteStage.AccordingToKind])
        {
            Add(CuePhrases.Of(lexicons, kind).FirstWords, VoiceFacts.QuoteCueStart);
        }

        // As the rhetoric stage always cut its cue words: the first word of each trimmed form.
        Add(new[] { NameCues.SpeechVerbKind, RhetoricStage.SpeechVerbKind, RhetoricStage.NamingKind, RhetoricStage.DenialKind, RhetoricStage.DistancingKind, RhetoricStage.SourceKind }
            .SelectMany(kind => lexicons.OfKind(kind))
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .Select(f => f.Trim().Split(' ')[0].ToLowerInvariant()), VoiceFacts.RhetoricCueStart);

        Add(ClauseWords.FunctionWords, VoiceFacts.Function);
        Add(ClauseWords.ClauseOpenersWords, VoiceFacts.ClauseOpener);
        Add(ClauseWords.RelativesWords, VoiceFacts.Relative);
        Add(ClauseWords.NegationsWords, VoiceFacts.Negation);
        Add(ClauseWords.NotOnlyWords, VoiceFacts.NotOnly);
        Add(ClauseWords.HypotheticalWords, VoiceFacts.Hypothetical);
        Add(ClauseWords.AttributiveBeforeWords, VoiceFacts.AttributiveBefore);
        Add(ClauseWords.ProgressiveWords, VoiceFacts.Progressive);
        Add(ClauseWords.FirstPersonPluralWords, VoiceFacts.FirstPersonPlural);
        Add(ClauseWords.PersonPronounsWords, VoiceFacts.PersonPronoun);
        Add(ClauseWords.BodyPronounsWords, VoiceFacts.BodyPronoun);
        Add(ClauseWords.AuxiliariesWords, VoiceFacts.Auxiliary);
        Add(ClauseWords.AboutPrepositionsWords, VoiceFacts.AboutPreposition);
        Add(ClauseWords.CallParticlesWords, VoiceFacts.CallParticle);
        facts = new WordLookup<VoiceFacts>(map);
        Shared = SharedWords.For(lexicons);
        ById = Shared.Register(map);
    }

    /// <summary>The grammar words (kind <c>demand-word</c>).</summary>
    public DemandWords Grammar { get; }

    /// <summary>Demand verbs, modals, both, acts and neutral acts, as the demand stage reads them.</summary>
    public PhraseTable DemandVerbs { get; }

    /// <inheritdoc cref="DemandVerbs"/>
    public PhraseTable DemandModals { get; }

    /// <inheritdoc cref="DemandVerbs"/>
    public PhraseTable DemandTriggers { get; }

    /// <inheritdoc cref="DemandVerbs"/>
    public PhraseTable DemandActions { get; }

    /// <inheritdoc cref="DemandVerbs"/>
    public PhraseTable DemandNeutrals { get; }

    /// <summary>Custody verbs.</summary>
    public CuePhrases Custody { get; }

    /// <summary>Speech acts, and speech acts with demand verbs (where a claim's target stops).</summary>
    public PhraseTable SpeechActs { get; }

    /// <inheritdoc cref="SpeechActs"/>
    public PhraseTable ClaimStops { get; }

    /// <summary>The loaded terms and their head nouns.</summary>
    public LoadedVocabulary Loaded { get; }

    /// <summary>The vocabulary these words are registered in, with the other stages' words: a document's tokens
    /// are looked up there once for all of them.</summary>
    public SharedWords Shared { get; }

    /// <summary>The facts of the words by their id in <see cref="Shared"/>, as <see cref="Of"/> gives them.</summary>
    public VoiceFacts[] ById { get; }

    /// <summary>The tables compiled from <paramref name="lexicons"/>, made at the first call for each set.</summary>
    public static VoiceWords For(LexiconSet lexicons) => Compiled.GetValue(lexicons, static set => new VoiceWords(set));

    /// <summary>The facts of the lower-case word <paramref name="lower"/>, from the word lists alone (the token
    /// facts <see cref="VoiceFacts.Hyphenated"/> and the "n't" negations are added by <see cref="VoiceTokens"/>).</summary>
    public VoiceFacts Of(ReadOnlySpan<char> lower) => facts.TryGetValue(lower, out var found) ? found : VoiceFacts.None;

}
