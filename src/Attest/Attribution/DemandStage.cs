using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>Finds demands: who calls on whom to do what. It reads the frames of demand verbs ("call on X to do Y",
/// "urge X to", "appeal to X to", "demand that X do Y", "demand from X to", "demand her release"), "X must/should
/// do Y" in a speaker's own words, and passives ("we demand that the acts be investigated by X"). Each requested
/// act becomes one demand, with an action from the vocabulary of the gold format, an object and a legal basis.</summary>
/// <remarks>
/// <para>A list of acts ("to investigate, prosecute and inform") gives one demand per act; a list of addressees
/// stays one addressee, written as the text lists it, because a demand to several bodies at once is one demand
/// (the gold format names them as alternatives). A demand whose addressee is not named ("we demand her release",
/// "those responsible must be punished") takes the addressee of the same speaker's nearest named demand within two
/// paragraphs, and is dropped when there is none or when the same act is demanded by name elsewhere.</para>
/// <para>No demand is read from a negated or hypothetical verb ("did not call on", "if they were to urge"), from a
/// noun ("calls to both parties …"), from a scare-quoted phrase, from a quoted legal provision, or from a headline
/// that the body repeats. The speaker is the quotation's speaker inside a quotation, the issuer for "we", and
/// otherwise the subject of the verb (a reported demand is its subject's, not the issuer's).</para>
/// <para>Words live in <c>lexicons/demands.tsv</c>; the stage is compiled once and is immutable and thread-safe.</para>
/// </remarks>
public sealed class DemandStage
{
    /// <summary>Lexicon kinds read from demands.tsv.</summary>
    public const string VerbKind = "demand-verb";

    /// <inheritdoc cref="VerbKind"/>
    public const string ModalKind = "demand-modal";

    /// <inheritdoc cref="VerbKind"/>
    public const string ActionKind = "demand-action";

    /// <inheritdoc cref="VerbKind"/>
    public const string NeutralKind = "demand-neutral";

    /// <summary>Lexicon kind read from demands.tsv: verbs by which someone takes a person into custody; a release
    /// demanded without an addressee goes to their agent.</summary>
    public const string CustodyKind = "demand-custody";

    private const int MaxAddresseeTokens = 40;
    private const int MaxSubjectTokens = 25;

    /// <summary>Keys up to this length are lowered on the stack when demands are compared.</summary>
    private const int MaxStackKey = 256;

    /// <summary>Rule ids with a suffix ("demand.to" + "-context"): a handful of strings made once, not per demand.</summary>
    private static readonly ConcurrentDictionary<(string Rule, string Suffix), string> SuffixedRules = new();

    /// <summary>The lists of one call, kept per thread: most documents find a few demands, and new lists for each
    /// would be most of what the stage allocates.</summary>
    [ThreadStatic]
    private static RunLists? spareLists;

    private readonly VoiceWords shared;
    private readonly PhraseTable verbs;
    private readonly PhraseTable modals;
    private readonly PhraseTable triggers;
    private readonly PhraseTable actions;
    private readonly PhraseTable neutrals;
    private readonly CuePhrases custody;
    private readonly DemandWords words;

    /// <summary>Compiles the demand vocabulary from <paramref name="lexicons"/>.</summary>
    public DemandStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        shared = VoiceWords.For(lexicons);
        verbs = shared.DemandVerbs;
        modals = shared.DemandModals;
        triggers = shared.DemandTriggers;
        actions = shared.DemandActions;
        neutrals = shared.DemandNeutrals;
        custody = shared.Custody;
        words = shared.Grammar;
    }

    /// <summary>The demands of the document, in text order, one per speaker, act and addressee.</summary>
    public ImmutableArray<Demand> Find(
        TextLayer layer,
        ImmutableArray<Quote> quotes,
        Issuer? issuer,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<PlaceMention> places,
        ImmutableArray<LegalCitation> legal) =>
        Find(layer, quotes, issuer, persons, organizations, places, legal, default);

    /// <summary>As the public overload, with the document's quotation marks found once for every stage
    /// (default: found here when needed).</summary>
    internal ImmutableArray<Demand> Find(
        TextLayer layer,
        ImmutableArray<Quote> quotes,
        Issuer? issuer,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<PlaceMention> places,
        ImmutableArray<LegalCitation> legal,
        ImmutableArray<QuoteMarks.Piece> marks)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var context = new VoiceContext(layer, quotes, issuer, persons, organizations, places, legal, VoiceTokens.Of(layer, shared), marks);
        var lists = spareLists ?? new RunLists();
        spareLists = null;
        try
        {
            return new Run(this, context, lists).Execute();
        }
        finally
        {
            lists.Clear();
            spareLists = lists;
        }
    }

    private static string Suffixed(string rule, string suffix) =>
        SuffixedRules.GetOrAdd((rule, suffix), static key => key.Rule + key.Suffix);

    /// <summary>The action a lexicon entry names (<c>action=</c>), in the model's enum.</summary>
    internal static DemandAction ActionOf(LexiconEntry entry) => entry.Attribute("action") switch
    {
        "protect" => DemandAction.Protect,
        "investigate" => DemandAction.Investigate,
        "punish" => DemandAction.Punish,
        "prosecute" => DemandAction.Prosecute,
        "hold_accountable" => DemandAction.HoldAccountable,
        "inform" => DemandAction.Inform,
        "accept_responsibility" => DemandAction.AcceptResponsibility,
        "condemn" => DemandAction.Condemn,
        "fulfil_obligations" => DemandAction.FulfilObligations,
        "take_measures" => DemandAction.TakeMeasures,
        "refrain" => DemandAction.Refrain,
        "end_policy" => DemandAction.EndPolicy,
        "monitor" => DemandAction.Monitor,
        "release" => DemandAction.Release,
        "sanction" => DemandAction.Sanction,
        "assess" => DemandAction.Assess,
        "pay_attention" => DemandAction.PayAttention,
        "withdraw" => DemandAction.Withdraw,
        _ => DemandAction.Other,
    };

    /// <summary>How the addressee of an act is known.</summary>
    private enum Frame
    {
        /// <summary>The object of the demand verb is asked to act ("call on X to").</summary>
        Object,

        /// <summary>The subject of a clause is asked to act ("demand that X", "X must").</summary>
        Subject,
    }

    /// <summary>Who a demand is addressed to: a span of text, or nobody named yet (resolved from context).</summary>
    private readonly record struct Target(string? Text, Span Span)
    {
        public static Target Context => new(null, default);

        public bool IsContext => Text is null;
    }

    private readonly record struct Found(
        string? Speaker,
        bool OwnVoice,
        Target Target,
        DemandAction Action,
        Span Object,
        string? LegalBasis,
        Span Trigger,
        string Rule,
        int Paragraph,
        int Sentence);

    /// <summary>A demand kept by <c>Build</c>, as its duplicate test compares it: the speaker lowered, the act, and
    /// the addressee's text lowered or (<see cref="KeyIsFinal"/>) its place's country key as it is.</summary>
    private readonly record struct Kept(string Speaker, DemandAction Action, string Key, bool KeyIsFinal, int Hash);

    /// <summary>Reusable lists of one call of <c>Find</c>.</summary>
    private sealed class RunLists
    {
        public readonly List<Found> Found = [];
        public readonly List<int> Consumed = [];
        public readonly List<Kept> Kept = [];

        public void Clear()
        {
            Found.Clear();
            Consumed.Clear();
            Kept.Clear();
        }
    }

    /// <summary>The state of one call of <c>Find</c>.</summary>
    private sealed class Run
    {
        private readonly DemandStage stage;
        private readonly VoiceContext context;
        private readonly TextLayer layer;
        private readonly ImmutableArray<Token> tokens;
        private readonly VoiceTokens facts;
        private readonly List<Found> found;
        private readonly List<int> consumed;
        private readonly List<Kept> kept;
        private int listEnd = -1;
        private Target lastTarget;
        private int lastTargetSentence = -1;

        public Run(DemandStage stage, VoiceContext context, RunLists lists)
        {
            found = lists.Found;
            consumed = lists.Consumed;
            kept = lists.Kept;
            this.stage = stage;
            this.context = context;
            layer = context.Layer;
            tokens = layer.Tokens;
            facts = context.Facts;
        }

        public ImmutableArray<Demand> Execute()
        {
            var sentences = layer.Sentences;
            var lower = layer.Lower;

            // Only the tokens that start some item are visited: the list holds them in text order, walked once
            // beside the sentences.
            var starts = facts.Starts;
            var next = 0;
            for (var si = 0; si < sentences.Length; si++)
            {
                var s = sentences[si];
                while (next < starts.Length && starts[next] < s.FirstToken)
                {
                    next++;
                }

                if (s.Span.Start < listEnd || IsHeadline(s))
                {
                    continue;
                }

                for (; next < starts.Length && starts[next] < s.EndToken; next++)
                {
                    // Only a word that starts a verb or a modal is looked up: verbs and modals share a table.
                    var t = starts[next];
                    if (!facts.Has(t, VoiceFacts.DemandVerbStart | VoiceFacts.DemandModalStart))
                    {
                        continue;
                    }

                    var token = tokens.ItemRef(t);
                    if (token.Shape is not (TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps) || (consumed.Count > 0 && consumed.Contains(t)))
                    {
                        continue;
                    }

                    var n = stage.triggers.MatchAt(layer, t, s.EndToken, lower.AsSpan(token.Span.Start, token.Span.Length), out var entry);
                    if (n == 0)
                    {
                        continue;
                    }

                    if (entry!.Kind == ModalKind)
                    {
                        Modal(s, t, n);
                    }
                    else if (!Blocked(s, t))
                    {
                        Verb(s, t, n, entry, null);
                    }

                    // The trigger's other tokens start nothing more.
                    while (next + 1 < starts.Length && starts[next + 1] < t + n)
                    {
                        next++;
                    }
                }
            }

            return Build();
        }

        private ReadOnlySpan<char> Lower(int k) => k < tokens.Length ? layer.TokenLower(k) : default;

        private bool Has(int k, DemandWords.Role role) => k < tokens.Length && facts.Has(k, (VoiceFacts)role);

        /// <summary>The length of the phrase of <paramref name="table"/> at <paramref name="k"/> (0 when none), looked up
        /// only where the token's word starts one (<paramref name="start"/>).</summary>
        private int Match(PhraseTable table, VoiceFacts start, int k, int end, out LexiconEntry? entry)
        {
            if (k >= end || !facts.Has(k, start))
            {
                entry = null;
                return 0;
            }

            return table.MatchAt(layer, k, end, out entry);
        }

        private int ActionAt(int k, int end, out LexiconEntry? entry) => Match(stage.actions, VoiceFacts.DemandActionStart, k, end, out entry);

        private int NeutralAt(int k, int end) => Match(stage.neutrals, VoiceFacts.DemandNeutralStart, k, end, out _);

        private int VerbAt(int k, int end, out LexiconEntry? entry) => Match(stage.verbs, VoiceFacts.DemandVerbStart, k, end, out entry);

        private int ModalAt(int k, int end) => Match(stage.modals, VoiceFacts.DemandModalStart, k, end, out _);

        /// <summary>The length of a grammar phrase of several words with <paramref name="role"/> at <paramref name="k"/>, or 0.</summary>
        private int GrammarPhrase(int k, int end, DemandWords.Role role) =>
            k < tokens.Length && facts.Has(k, VoiceFacts.GrammarPhraseStart) ? stage.words.PhraseAt(layer, k, end, role) : 0;

        private bool IsPunctuation(int k, string mark) => k < tokens.Length && tokens[k].Shape is TokenShape.Punctuation or TokenShape.Symbol && layer.TokenText(k).SequenceEqual(mark);

        private bool IsBeForm(int k) => Lower(k) is "be" or "been" or "being" or "is" or "are" or "was" or "were";

        private bool IsAdverb(int k)
        {
            if (k >= tokens.Length || tokens[k].Shape != TokenShape.Lower)
            {
                return false;
            }

            // "comply", "apply" and "supply" end in "-ly" too: a word the lexicon knows as an act is no adverb.
            var w = layer.TokenLower(k);
            return (w.Length > 4 && w.EndsWith("ly") && ActionAt(k, tokens.Length, out _) == 0 && NeutralAt(k, tokens.Length) == 0)
                || facts.Has(k, (VoiceFacts)DemandWords.Role.Filler);
        }

        private int SkipAdverbs(int k, int end)
        {
            while (k < end)
            {
                if (IsAdverb(k))
                {
                    k++;
                }
                else if (Lower(k) is "and" && IsAdverb(k + 1))
                {
                    k++;
                }
                else
                {
                    break;
                }
            }

            return k;
        }

        private bool Hit(int k, int end) =>
            ActionAt(k, end, out _) > 0 || NeutralAt(k, end) > 0 || VerbAt(k, end, out _) > 0 || Has(k, DemandWords.Role.Aux);

        /// <summary>A headline: a short first paragraph of one sentence without final punctuation. Its demand is
        /// the body's, written again in other words.</summary>
        private bool IsHeadline(Sentence s)
        {
            // Only the first three paragraphs can hold a headline; a long document is not searched further.
            var paragraphs = layer.Paragraphs;
            if (paragraphs.IsEmpty || s.Span.Start >= paragraphs[Math.Min(2, paragraphs.Length - 1)].End)
            {
                return false;
            }

            var paragraph = context.ParagraphIndex(s.Span.Start);
            if (paragraph < 0 || paragraph > 2 || s.TokenCount > 30 || tokens[s.FirstToken].Has(TokenFlags.ListMarker))
            {
                return false;
            }

            var span = layer.Paragraphs[paragraph];
            if (span.Start != s.Span.Start || span.End != s.Span.End)
            {
                return false;
            }

            var last = layer.TokenText(s.EndToken - 1);
            return last is not ("." or "!" or "?" or ":" or ";" or "\"" or "”" or "»");
        }

        /// <summary>True when the verb at <paramref name="t"/> makes no demand: a noun ("the calls", "Calls to …"),
        /// a passive ("was asked to"), a negated or hypothetical verb, or words in someone else's quoted phrase.</summary>
        private bool Blocked(Sentence s, int t)
        {
            if (t == s.FirstToken)
            {
                return true;
            }

            var prev = t - 1;
            if (Has(prev, DemandWords.Role.Determiner) || tokens[prev].Has(TokenFlags.Possessive) || (IsBeForm(prev) && layer.TokenLower(t).EndsWith("ed")))
            {
                return true;
            }

            for (var k = prev; k >= s.FirstToken; k--)
            {
                if (tokens[k].Shape is TokenShape.Punctuation && Lower(k) is "," or ";" or ":" or "(" or ")")
                {
                    break;
                }

                var role = (DemandWords.Role)(ulong)(facts[k] & VoiceFacts.Roles);
                if ((role & DemandWords.Role.Negation) != 0 && t - k <= 4)
                {
                    return true;
                }

                // A condition ("if they were to call on") reaches over the clause; a modal ("could urge") only
                // stands right before the verb, and "would like to call on" is a polite demand, not a hypothesis.
                if ((role & DemandWords.Role.Hypothetical) != 0 && Lower(k + 1) is not ("like" or "wish")
                    && (t - k <= 3 || Lower(k) is "if" or "unless" or "whether"))
                {
                    return true;
                }
            }

            return context.InQuotedPhrase(tokens[t].Span.Start);
        }

        /// <summary>A demand verb at <paramref name="t"/> (<paramref name="n"/> tokens) and its frame.</summary>
        private void Verb(Sentence s, int t, int n, LexiconEntry entry, (string? Speaker, bool Own)? voice)
        {
            var frames = entry.Attribute("frames") ?? "to";
            var weak = entry.Attribute("weak") == "yes";
            var speaker = voice ?? context.SpeakerOf(s, t);
            var end = s.EndToken;
            var p = SkipAdverbs(t + n, end);
            if (entry.Attribute("prep") is { } prep && p < end && Contains(prep, Lower(p)))
            {
                p = SkipAdverbs(p + 1, end);
            }

            if (IsPunctuation(p, ",") && Lower(p + 1) is "that")
            {
                p++;
            }

            var trigger = tokens[t].Span;
            if (Contains(frames, "that") && Lower(p) is "that")
            {
                That(s, p + 1, end, speaker, trigger, weak);
                return;
            }

            if (Contains(frames, "to") && ReadAddressee(p, end) is { } addressee)
            {
                var target = MakeTarget(s, addressee.First, addressee.Stop);
                lastTarget = target;
                lastTargetSentence = s.FirstToken;
                if (addressee.To >= 0)
                {
                    var negated = addressee.To > 0 && Lower(addressee.To - 1) is "not";
                    Actions(s, addressee.To + 1, end, target, Frame.Object, speaker, trigger, "demand.to", weak, negated);
                    return;
                }
            }

            if (Contains(frames, "bare") && Bare(s, p, end, speaker, trigger))
            {
                return;
            }

            if (Contains(frames, "np"))
            {
                Noun(s, p, end, speaker, trigger);
            }
        }

        private static bool Contains(string list, ReadOnlySpan<char> item)
        {
            foreach (var range in list.AsSpan().Split(','))
            {
                if (list.AsSpan(range).Trim().SequenceEqual(item))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The addressee after a demand verb: tokens up to the infinitive "to" (or "in order to", or
        /// "to:" before a list), cut before a relative clause or an example list ("including …").</summary>
        private (int First, int Stop, int To)? ReadAddressee(int p, int end)
        {
            if (p >= end || Lower(p) is "that" || tokens[p].Shape is TokenShape.Punctuation)
            {
                return null;
            }

            var cut = -1;
            var k = p;
            for (; k < end && k < p + MaxAddresseeTokens; k++)
            {
                if (tokens[k].Shape is TokenShape.Punctuation && Lower(k) is "." or ";" or "!" or "?" or ":")
                {
                    break;
                }

                var boundary = Has(k, DemandWords.Role.Boundary) ? 1 : GrammarPhrase(k, end, DemandWords.Role.Boundary);
                if (boundary > 0 && k > p)
                {
                    cut = cut < 0 ? k : cut;
                    k += boundary - 1;
                    continue;
                }

                if (Lower(k) is "that" && k > p && cut < 0)
                {
                    cut = k;
                    continue;
                }

                if (Lower(k) is "in" && Lower(k + 1) is "order" && Lower(k + 2) is "to")
                {
                    return (p, cut < 0 ? k : cut, k + 2);
                }

                if (Lower(k) is "to" && k > p && !layer.TokenLower(k - 1).EndsWith("ed") && IsInfinitive(k + 1, end))
                {
                    // "call on X not to fire": the negation belongs to the act, not to the addressee.
                    var last = Lower(k - 1) is "not" && k - 1 > p ? k - 1 : k;
                    return (p, cut < 0 ? last : cut, k);
                }

                if (k > p && (IsPunctuation(k - 1, ",") || Lower(k - 1) is "and") && VerbAt(k, end, out _) > 0)
                {
                    break;
                }

                if (IsPunctuation(k, ",") && (Has(k + 1, DemandWords.Role.FirstPerson) || (Lower(k + 1) is "and" && Has(k + 2, DemandWords.Role.FirstPerson))))
                {
                    break;
                }
            }

            var stop = cut < 0 ? k : cut;
            return stop > p ? (p, stop, -1) : null;
        }

        /// <summary>True when the token at <paramref name="k"/> can start a verb phrase after "to".</summary>
        private bool IsInfinitive(int k, int end)
        {
            if (k >= end)
            {
                return false;
            }

            if (IsPunctuation(k, ":"))
            {
                return true;
            }

            var j = SkipAdverbs(k, end);
            if (Lower(j) is "not")
            {
                j = SkipAdverbs(j + 1, end);
            }

            if (j >= end)
            {
                return false;
            }

            if (Hit(j, end))
            {
                return true;
            }

            return tokens[j].Shape == TokenShape.Lower
                && !Has(j, DemandWords.Role.Determiner | DemandWords.Role.Pronoun | DemandWords.Role.FirstPerson)
                && !tokens[j].Has(TokenFlags.Possessive);
        }

        /// <summary>"demand that X do Y": the subject runs to the first verb of the clause.</summary>
        private void That(Sentence s, int p, int end, (string? Speaker, bool Own) speaker, Span trigger, bool weak)
        {
            var k = p;
            for (; k < end && k < p + MaxSubjectTokens; k++)
            {
                if (tokens[k].Shape is TokenShape.Punctuation && Lower(k) is "." or ";" or ":")
                {
                    return;
                }

                if (k > p && (Hit(k, end) || ModalAt(k, end) > 0
                    || Lower(k) is "be" or "will" or "shall" or "would" or "can" or "to"))
                {
                    break;
                }
            }

            if (k == p || k >= end || k >= p + MaxSubjectTokens)
            {
                return;
            }

            var subject = MakeTarget(s, p, k);
            var h = k + ModalAt(k, end);
            if (Lower(h) is "will" or "shall" or "would" or "can")
            {
                h++;
            }

            Actions(s, h, end, subject, Frame.Subject, speaker, trigger, "demand.that", weak, false);
        }

        /// <summary>"demands X punish …" without "that", as headlines write: a proper name, then an act.</summary>
        private bool Bare(Sentence s, int p, int end, (string? Speaker, bool Own) speaker, Span trigger)
        {
            var k = Lower(p) is "the" ? p + 1 : p;
            var first = k;
            while (k < end && k < first + 4 && tokens[k].Shape is TokenShape.Capitalized or TokenShape.AllCaps)
            {
                k++;
            }

            if (k == first || k >= end || ActionAt(k, end, out _) == 0)
            {
                return false;
            }

            Actions(s, k, end, MakeTarget(s, p, k), Frame.Subject, speaker, trigger, "demand.bare", true, false);
            return true;
        }

        /// <summary>"demand her release", "call for an investigation", "expect a responsible attitude from X": the
        /// act is a noun; the addressee follows "from" or comes from context.</summary>
        private void Noun(Sentence s, int p, int end, (string? Speaker, bool Own) speaker, Span trigger)
        {
            var stop = ClauseEnd(p, end);
            var from = -1;
            for (var k = p; k < stop; k++)
            {
                if (Lower(k) is "from")
                {
                    from = k;
                    break;
                }
            }

            var actEnd = from >= 0 ? from : stop;
            var named = from >= 0 && from + 1 < stop ? MakeTarget(s, from + 1, NounPhraseEnd(from + 1, stop)) : Target.Context;

            // "called for an inquiry and for the release of …": each act after a repeated preposition is its own.
            var preposition = Lower(p - 1);
            var segmentStart = p;
            for (var k = p; k <= actEnd; k++)
            {
                var split = k < actEnd && k > segmentStart && Lower(k) is "and" && Lower(k + 1).SequenceEqual(preposition)
                    && preposition is "for" or "of";
                if (!split && k < actEnd)
                {
                    continue;
                }

                if (NominalAt(segmentStart, k) is { } act)
                {
                    // A body named before the act noun ("an OSCE monitoring mission") is asked to carry it out.
                    var target = named.IsContext ? BodyBefore(segmentStart, act.At) ?? named : named;
                    Emit(s, speaker, target, ActionOf(act.Entry), Span.FromBounds(tokens[segmentStart].Span.Start, tokens[k - 1].Span.End), trigger, "demand.noun");
                }

                segmentStart = k + 2;
                k++;
            }
        }

        /// <summary>True when <c>[from, stop)</c> names a place: a place mention or a place noun ("area", "villages").</summary>
        private bool NamesPlace(int from, int stop)
        {
            for (var k = from; k < stop; k++)
            {
                if (Has(k, DemandWords.Role.PlaceNoun))
                {
                    return true;
                }

                var start = tokens[k].Span.Start;
                foreach (var place in context.Places)
                {
                    if (place.Evidence.Primary.Start == start)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The first action word or phrase in <c>[from, stop)</c> that may stand inside a clause, and
        /// where it starts.</summary>
        private (LexiconEntry Entry, int At)? NominalAt(int from, int stop)
        {
            for (var k = from; k < stop; k++)
            {
                var len = ActionAt(k, stop, out var entry);
                if (len > 0 && entry!.Attribute("head") != "yes")
                {
                    return (entry, k);
                }
            }

            return null;
        }

        /// <summary>An organisation named inside <c>[from, before)</c>, in front of an act noun.</summary>
        private Target? BodyBefore(int from, int before)
        {
            if (before <= from)
            {
                return null;
            }

            var start = tokens[from].Span.Start;
            var stop = tokens[before].Span.Start;
            foreach (var organization in context.Organizations)
            {
                var span = organization.Evidence.Primary;
                if (span.Start >= start && span.End <= stop)
                {
                    // Written as the text names it, like every other addressee.
                    return new Target(span.In(layer.Text).ToString(), span);
                }
            }

            return null;
        }

        /// <summary>"X must/should do Y" in a speaker's own words (a statement's own voice or a quotation): X is
        /// the addressee. Not in a news report's narration, a quoted legal provision, about the speaker
        /// ("we must"), with a pronoun subject, or inside what someone else is said to think ("partners tell us
        /// that both sides should …").</summary>
        private void Modal(Sentence s, int t, int m)
        {
            var quote = context.QuoteAt(tokens[t].Span.Start);
            (string? Speaker, bool Own) speaker;
            var floor = s.FirstToken;
            if (quote is not null)
            {
                if (quote.Attribution == "legal-provision")
                {
                    return;
                }

                speaker = (quote.Speaker, quote.Attribution == "own-voice");
                while (floor < t && tokens[floor].Span.Start < quote.Text.Start)
                {
                    floor++;
                }
            }
            else
            {
                if (context.Issuer is null or { Kind: IssuerKind.NewsOutlet } || context.InQuotedPhrase(tokens[t].Span.Start))
                {
                    return;
                }

                speaker = (context.Issuer.Name, true);
            }

            var a = t;
            for (var k = t - 1; k >= floor; k--)
            {
                if (tokens[k].Shape is TokenShape.Punctuation && !tokens[k].Has(TokenFlags.Possessive) || Lower(k) is "that")
                {
                    break;
                }

                a = k;
            }

            while (a < t && Lower(a) is "and" or "or" or "but")
            {
                a++;
            }

            if (a == t)
            {
                return;
            }

            var content = false;
            for (var k = a; k < t; k++)
            {
                if (Has(k, DemandWords.Role.FirstPerson | DemandWords.Role.Pronoun | DemandWords.Role.Negation | DemandWords.Role.Hypothetical | DemandWords.Role.Boundary))
                {
                    return;
                }

                content |= tokens[k].Shape is TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed
                    || (tokens[k].Shape == TokenShape.Lower && !Has(k, DemandWords.Role.Determiner));
            }

            if (!content)
            {
                return;
            }

            if (a > floor && Lower(a - 1) is "that")
            {
                var ours = false;
                for (var k = a - 2; k >= floor && k >= a - 6; k--)
                {
                    ours |= context.IsFirstPerson(k);
                }

                if (!ours)
                {
                    return;
                }
            }

            var h = t + m;
            var negated = false;
            if (Lower(h) is "not" or "never" or "n't")
            {
                negated = true;
                h++;
            }

            Actions(s, h, s.EndToken, MakeTarget(s, a, t), Frame.Subject, speaker, tokens[t].Span, "demand.modal", false, negated);
        }

        /// <summary>Where an action clause ends: a relative clause, an example list, a new clause of the speaker
        /// ("…, and we demand"), or the end of the sentence.</summary>
        private int ClauseEnd(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                var boundary = Has(k, DemandWords.Role.Boundary) ? 1 : GrammarPhrase(k, end, DemandWords.Role.Boundary);
                if (boundary > 0 && k > start)
                {
                    return TrimComma(start, k);
                }

                if (tokens[k].Shape is TokenShape.Punctuation && Lower(k) is ";" or "." or "!" or "?")
                {
                    return k;
                }

                if ((IsPunctuation(k, ",") || Lower(k) is "and" or "but") && (Has(k + 1, DemandWords.Role.FirstPerson) && Lower(k + 1) is "we" or "i"
                    || Lower(k + 1) is "and" && Lower(k + 2) is "we" or "i" || Lower(k + 1) is "that"))
                {
                    return k;
                }
            }

            return end;
        }

        private int TrimComma(int start, int k)
        {
            while (k > start && IsPunctuation(k - 1, ","))
            {
                k--;
            }

            return k;
        }

        /// <summary>The acts of an action clause <c>[start, end)</c> and their addressees. A list of acts gives one
        /// demand each; a clause headed by "to:" continues in the list items that follow.</summary>
        private void Actions(Sentence s, int start, int end, Target target, Frame frame, (string? Speaker, bool Own) speaker,
            Span trigger, string rule, bool weak, bool negatedClause)
        {
            if (start < end && IsPunctuation(start, ":") || start == end && start > 0 && IsPunctuation(start - 1, ":"))
            {
                if (ListItems(s, start) is { Count: > 0 } items)
                {
                    foreach (var (itemSentence, first, stop) in items)
                    {
                        Actions(itemSentence, first, stop, target, frame, speaker, trigger, Suffixed(rule, "-list"), weak, negatedClause);
                    }

                    return;
                }

                start++;
            }

            var clauseEnd = ClauseEnd(start, end);
            var pos = start;
            var emitted = false;
            var unknown = false;
            var afterGap = false;
            Target? agent = null;
            while (pos < clauseEnd)
            {
                var h = SkipAdverbs(pos, clauseEnd);
                var infinitive = afterGap;
                afterGap = false;
                if (Lower(h) is "to")
                {
                    // "…, and to rebuild the bridge": an act of its own even when its verb is not in the lexicon.
                    infinitive |= pos > start;
                    h = SkipAdverbs(h + 1, clauseEnd);
                }

                var negated = negatedClause && pos == start;
                var notAt = -1;
                if (Lower(h) is "not" or "never")
                {
                    negated = true;
                    notAt = h;
                    h = SkipAdverbs(h + 1, clauseEnd);
                    if (Lower(h) is "to")
                    {
                        h = SkipAdverbs(h + 1, clauseEnd);
                    }
                }

                if (Lower(h) is "if" or "unless")
                {
                    // A condition on the act ("if the attacks continue, impose sanctions") leaves the act a demand.
                    while (h < clauseEnd && !IsPunctuation(h, ","))
                    {
                        h++;
                    }

                    h = SkipAdverbs(h + 1, clauseEnd);
                }

                while (h < clauseEnd && Has(h, DemandWords.Role.Aux))
                {
                    var aux = GrammarPhrase(h, clauseEnd, DemandWords.Role.Aux);
                    h = SkipAdverbs(h + Math.Max(aux, 1), clauseEnd);
                    if (Lower(h) is "to")
                    {
                        h = SkipAdverbs(h + 1, clauseEnd);
                    }
                }

                if (h >= clauseEnd)
                {
                    break;
                }

                // A demand inside a demand ("call on X to demand that Y …") is the inner one's; the rest is its.
                var nested = VerbAt(h, clauseEnd, out var verbEntry);
                if (nested > 0)
                {
                    consumed.Add(h);
                    Verb(s, h, nested, verbEntry!, speaker);
                    return;
                }

                var len = 0;
                LexiconEntry? entry = null;
                var passive = false;
                if (notAt >= 0)
                {
                    len = ActionAt(notAt, clauseEnd, out entry);
                    if (len > 0)
                    {
                        h = notAt;
                        negated = false;
                    }
                }

                if (len == 0)
                {
                    len = ActionAt(h, clauseEnd, out entry);
                }

                var neutral = len == 0 ? NeutralAt(h, clauseEnd) : 0;
                if (len == 0 && neutral == 0 && IsBeForm(h))
                {
                    passive = true;
                    h++;
                    len = ActionAt(h, clauseEnd, out entry);
                    neutral = len == 0 ? NeutralAt(h, clauseEnd) : 0;
                }

                var (segmentEnd, next, gap) = NextSegment(h + Math.Max(1, Math.Max(len, neutral)), clauseEnd);
                if (len > 0)
                {
                    var action = negated ? DemandAction.Refrain : ActionOf(entry!);
                    if (!negated && entry!.Attribute("object") == "place" && !NamesPlace(h + len, segmentEnd))
                    {
                        // "visit the region" is monitoring; "visit the wounded" is some other act.
                        action = DemandAction.Other;
                    }

                    var patient = passive || entry!.Attribute("patient") == "yes";
                    var addressee = target;
                    if (patient)
                    {
                        agent = Agent(s, h + len, segmentEnd) ?? agent;
                        addressee = agent ?? (frame == Frame.Object ? target : Target.Context);
                    }

                    Emit(s, speaker, addressee, action, Segment(h, segmentEnd), trigger, rule);
                    emitted = true;
                }
                else
                {
                    var nominal = Nominal(h + neutral, segmentEnd);
                    if (nominal is not null)
                    {
                        Emit(s, speaker, target, negated ? DemandAction.Refrain : ActionOf(nominal), Segment(h, segmentEnd), trigger, rule);
                        emitted = true;
                    }
                    else if (neutral == 0 && infinitive && !weak)
                    {
                        Emit(s, speaker, target, negated ? DemandAction.Refrain : DemandAction.Other, Segment(h, segmentEnd), trigger, rule);
                        emitted = true;
                    }
                    else if (neutral == 0)
                    {
                        unknown = true;
                    }
                }

                if (gap is { } newTarget)
                {
                    // A new object ("and the Red Cross to visit") is the next addressee; a new subject ("and those liable
                    // to face consequences") is the patient of what follows, so the agent named before stays.
                    target = frame == Frame.Object ? newTarget : agent ?? Target.Context;
                    afterGap = true;
                }

                pos = next;
            }

            if (!emitted && unknown && !weak && start < clauseEnd)
            {
                Emit(s, speaker, target, negatedClause ? DemandAction.Refrain : DemandAction.Other, Segment(start, clauseEnd), trigger, rule);
            }
        }

        private Span Segment(int first, int stop)
        {
            stop = Math.Max(first + 1, TrimComma(first, stop));
            return Span.FromBounds(tokens[first].Span.Start, tokens[Math.Min(stop, tokens.Length) - 1].Span.End);
        }

        /// <summary>Where the act starting before <paramref name="from"/> ends: at a coordinator followed by another
        /// act ("and punish", ", and to inform"), or by a new addressee with its own infinitive ("and the Red Cross to
        /// visit", "and on X to give").</summary>
        private (int End, int Next, Target? Gap) NextSegment(int from, int end)
        {
            for (var k = from; k < end; k++)
            {
                if (!(IsPunctuation(k, ",") || Lower(k) is "and" or "or"))
                {
                    continue;
                }

                var j = k;
                while (j < end && (IsPunctuation(j, ",") || Lower(j) is "and" or "or" or "also"))
                {
                    j++;
                }

                if (Lower(j) is "as" && Lower(j + 1) is "well" && Lower(j + 2) is "as")
                {
                    j += 3;
                }

                var a = SkipAdverbs(j, end);
                var explicitTo = Lower(a) is "to" || (Lower(a) is "not" && Lower(a + 1) is "to");
                var b = a;
                while (b < end && Lower(b) is "to" or "not")
                {
                    b = SkipAdverbs(b + 1, end);
                }

                if (b < end && (explicitTo || Hit(b, end) || (Lower(b) is "be" && Hit(b + 1, end))))
                {
                    return (k, j, null);
                }

                var g = Lower(j) is "on" or "upon" ? j + 1 : j;
                if (g < end && (Has(g, DemandWords.Role.Determiner) || tokens[g].Shape is TokenShape.Capitalized or TokenShape.AllCaps))
                {
                    for (var m = g + 1; m < end && m < g + 15; m++)
                    {
                        if (tokens[m].Shape is TokenShape.Punctuation && !IsPunctuation(m, ",") && !tokens[m].Has(TokenFlags.Possessive))
                        {
                            break;
                        }

                        if (Lower(m) is "to" && !layer.TokenLower(m - 1).EndsWith("ed") && IsInfinitive(m + 1, end))
                        {
                            return (k, m + 1, new Target(Text(g, m), Span.FromBounds(tokens[g].Span.Start, tokens[m - 1].Span.End)));
                        }
                    }
                }
            }

            return (end, end, null);
        }

        /// <summary>The first action word or phrase in <c>[from, stop)</c> that may stand inside a clause.</summary>
        private LexiconEntry? Nominal(int from, int stop)
        {
            for (var k = from; k < stop; k++)
            {
                var len = ActionAt(k, stop, out var entry);
                if (len > 0 && entry!.Attribute("head") != "yes")
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>The agent of a passive act: "by X" right after it.</summary>
        private Target? Agent(Sentence s, int after, int stop)
        {
            if (after >= stop || Lower(after) is not "by")
            {
                return null;
            }

            var first = after + 1;
            var end = NounPhraseEnd(first, stop);
            return end > first ? MakeTarget(s, first, end) : null;
        }

        /// <summary>The end of a noun phrase from <paramref name="first"/>: before punctuation other than a comma or
        /// possessive, a boundary word, or "and" before a new determiner ("and those liable").</summary>
        private int NounPhraseEnd(int first, int stop)
        {
            var k = first;
            for (; k < stop; k++)
            {
                if (tokens[k].Shape is TokenShape.Punctuation && !IsPunctuation(k, ",") && !tokens[k].Has(TokenFlags.Possessive))
                {
                    break;
                }

                if (k > first && (Has(k, DemandWords.Role.Boundary) || Lower(k) is "to"))
                {
                    break;
                }

                if (Lower(k) is "and" or "or" && (Has(k + 1, DemandWords.Role.Determiner) && Lower(k + 1) is not "the" || Hit(k + 1, stop)))
                {
                    break;
                }
            }

            return TrimComma(first, k);
        }

        /// <summary>A target from tokens <c>[first, stop)</c>: without a leading "the", cut before "as a state"
        /// and "including"; a pronoun stands for the addressee named last in the sentence or the nearest mention.</summary>
        private Target MakeTarget(Sentence s, int first, int stop)
        {
            for (var k = first + 1; k < stop; k++)
            {
                if (Lower(k) is "as")
                {
                    stop = TrimComma(first, k);
                    break;
                }
            }

            if (stop - first == 1 && Has(first, DemandWords.Role.Pronoun))
            {
                if (lastTargetSentence == s.FirstToken && !lastTarget.IsContext)
                {
                    return lastTarget;
                }

                var personal = Lower(first) is "her" or "him" or "he" or "she";
                var floor = Math.Max(0, s.Span.Start - 600);
                return context.NearestBefore(tokens[first].Span.Start, floor, personal) is { } near
                    ? new Target(layer.Text.Substring(near.Span.Start, near.Span.Length), near.Span)
                    : Target.Context;
            }

            return new Target(Text(first, stop), Span.FromBounds(tokens[first].Span.Start, tokens[stop - 1].Span.End));
        }

        /// <summary>The text of tokens <c>[first, stop)</c> as a name: no leading "the", no serial comma, one
        /// space between words.</summary>
        private string Text(int first, int stop)
        {
            if (stop - first > 1 && Lower(first) is "the")
            {
                first++;
            }

            while (stop - first > 1 && (IsPunctuation(stop - 1, ",") || Lower(stop - 1) is "and" or "or"))
            {
                stop--;
            }

            var raw = layer.Text.AsSpan(tokens[first].Span.Start, tokens[stop - 1].Span.End - tokens[first].Span.Start);

            // Most names have no comma and single plain spaces: already written as wanted.
            if (PlainSpacing.IsPlain(raw) && !raw.Contains(','))
            {
                return raw.ToString();
            }

            var builder = new System.Text.StringBuilder(raw.Length);
            var space = false;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (char.IsWhiteSpace(c))
                {
                    space = builder.Length > 0;
                    continue;
                }

                // "France, and other countries" and "France and other countries" name the same addressees.
                if (c == ',' && raw[(i + 1)..].TrimStart().StartsWith("and ", StringComparison.Ordinal))
                {
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        /// <summary>The list items that follow a clause ending in ":": the next paragraphs that open with a list
        /// marker, each as its sentence and token range after the marker.</summary>
        private List<(Sentence Sentence, int First, int Stop)>? ListItems(Sentence s, int colon)
        {
            var paragraph = context.ParagraphIndex(tokens[Math.Min(colon, tokens.Length - 1)].Span.Start);
            if (paragraph < 0)
            {
                return null;
            }

            var sentences = layer.Sentences;
            var items = new List<(Sentence, int, int)>();
            var si = 0;
            while (si < sentences.Length && sentences[si].Span.Start <= s.Span.Start)
            {
                si++;
            }

            for (var p = paragraph + 1; p < layer.Paragraphs.Length; p++)
            {
                var span = layer.Paragraphs[p];
                while (si < sentences.Length && sentences[si].Span.Start < span.Start)
                {
                    si++;
                }

                if (si >= sentences.Length || sentences[si].Span.Start >= span.End)
                {
                    break;
                }

                var first = sentences[si];
                if (!tokens[first.FirstToken].Has(TokenFlags.ListMarker))
                {
                    break;
                }

                var last = si;
                while (last + 1 < sentences.Length && sentences[last + 1].Span.Start < span.End)
                {
                    last++;
                }

                var start = first.FirstToken;
                while (start < sentences[last].EndToken && tokens[start].Has(TokenFlags.ListMarker))
                {
                    start++;
                }

                var stop = sentences[last].EndToken;
                if (stop > start && tokens[stop - 1].Shape is TokenShape.Punctuation && Lower(stop - 1) is ";" or "." or ",")
                {
                    stop--;
                }

                if (stop > start)
                {
                    items.Add((first, start, stop));
                }

                listEnd = Math.Max(listEnd, span.End);
                si = last + 1;
            }

            return items;
        }

        private void Emit(Sentence s, (string? Speaker, bool Own) speaker, Target target, DemandAction action, Span obj, Span trigger, string rule)
        {
            found.Add(new Found(speaker.Speaker, speaker.Own, target, action, obj, context.LegalBasis(s), trigger, rule,
                context.ParagraphIndex(trigger.Start), s.FirstToken));
        }

        /// <summary>Resolves addressees from context, drops what cannot be resolved, and makes one demand per
        /// speaker, act and addressee.</summary>
        private ImmutableArray<Demand> Build()
        {
            // Most documents ask for nothing: no set or builder for them.
            if (found.Count == 0)
            {
                return [];
            }

            var result = new Demand[found.Count];
            var count = 0;

            // One demand cannot repeat another: compared only when there are two or more.
            var compare = found.Count > 1;
            foreach (var item in found)
            {
                var target = item.Target;
                var rule = item.Rule;
                if (target.IsContext)
                {
                    if (item.Speaker is null && !item.OwnVoice)
                    {
                        continue;
                    }

                    // The party that holds a person is the one asked to release them; else the same speaker's
                    // nearest named demand lends its addressee, unless the speaker names this act elsewhere; else
                    // the act demanded of a named addressee by another voice is asked of the same party.
                    var holder = item.Action == DemandAction.Release ? Custodian(item) : null;
                    var resolved = holder
                        ?? (HasNamed(item.Action, item.Speaker) ? null : Nearest(item) ?? NamedByOther(item));
                    if (resolved is not { } addressee)
                    {
                        continue;
                    }

                    target = addressee;
                    rule = Suffixed(rule, holder is null ? "-context" : "-custody");
                }

                var speaker = item.Speaker ?? context.Issuer?.Name ?? "";

                // A state and its capital ("X" and "X's capital city") asked the same act are one addressee.
                if (compare && IsRepeat(speaker, item.Action, target))
                {
                    continue;
                }

                var spans = target.Span.Length > 0
                    ? ImmutableArray.Create(Span.FromBounds(item.Trigger.Start, Math.Max(item.Trigger.End, item.Object.End)), item.Object, target.Span)
                    : ImmutableArray.Create(Span.FromBounds(item.Trigger.Start, Math.Max(item.Trigger.End, item.Object.End)), item.Object);
                result[count++] = new Demand(speaker, target.Text!, item.Action, item.Object.In(layer.Text).ToString(), item.LegalBasis, new Evidence(spans, rule));
            }

            if (count < result.Length)
            {
                Array.Resize(ref result, count);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(result);
        }

        /// <summary>True when a kept demand has the same speaker and act and the same addressee, both compared in
        /// lower case, or the same country when the addressee is a place; else the demand is kept. Compares without
        /// making lowered strings: most documents ask a few demands, and the strings were most of the stage's garbage.</summary>
        private bool IsRepeat(string speaker, DemandAction action, Target target)
        {
            var country = CountryOfPlace(target);
            var key = country is null ? target.Text! : "\u0001" + country;
            var keyIsFinal = country is not null;
            var hash = HashCode.Combine(LoweredHash(speaker, false), action, LoweredHash(key, keyIsFinal));
            foreach (var other in kept)
            {
                if (other.Hash == hash && other.Action == action && SameLowered(other.Speaker, false, speaker, false)
                    && SameLowered(other.Key, other.KeyIsFinal, key, keyIsFinal))
                {
                    return true;
                }
            }

            kept.Add(new Kept(speaker, action, key, keyIsFinal, hash));
            return false;
        }

        /// <summary>The hash of <paramref name="text"/> lowered as <c>ToLowerInvariant</c> does, or as it is when
        /// <paramref name="final"/>.</summary>
        private static int LoweredHash(string text, bool final)
        {
            if (final)
            {
                return string.GetHashCode(text.AsSpan());
            }

            if (text.Length > MaxStackKey)
            {
                return string.GetHashCode(text.ToLowerInvariant().AsSpan());
            }

            // Sized to the text: a fixed buffer of the largest size would be cleared in full at every call.
            Span<char> lowered = stackalloc char[text.Length];
            var n = text.AsSpan().ToLowerInvariant(lowered);
            return string.GetHashCode(lowered[..n]);
        }

        /// <summary>True when the two texts, each lowered unless final, are the same (lowering keeps the length).</summary>
        private static bool SameLowered(string a, bool aFinal, string b, bool bFinal)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            if (a.Length > MaxStackKey)
            {
                return string.Equals(aFinal ? a : a.ToLowerInvariant(), bFinal ? b : b.ToLowerInvariant(), StringComparison.Ordinal);
            }

            Span<char> x = stackalloc char[a.Length];
            Span<char> y = stackalloc char[b.Length];
            var left = aFinal ? a.AsSpan() : x[..a.AsSpan().ToLowerInvariant(x)];
            var right = bFinal ? b.AsSpan() : y[..b.AsSpan().ToLowerInvariant(y)];
            return left.SequenceEqual(right);
        }

        /// <summary>The country code of the place mention the addressee is, or null when it is no place.</summary>
        private string? CountryOfPlace(Target target)
        {
            foreach (var place in context.Places)
            {
                if (place.Evidence.Primary == target.Span && place.Country is { Length: > 0 } country)
                {
                    return country.ToUpperInvariant();
                }
            }

            return null;
        }

        private bool HasNamed(DemandAction action, string? speaker)
        {
            foreach (var item in found)
            {
                if (item.Action == action && !item.Target.IsContext && string.Equals(item.Speaker, speaker, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The addressee of the nearest demand by another speaker that names one and asks the same act
        /// about the same name ("release X" and "called for X's release").</summary>
        private Target? NamedByOther(Found item)
        {
            Target? best = null;
            var bestDistance = int.MaxValue;
            foreach (var other in found)
            {
                if (other.Action == item.Action && !other.Target.IsContext && !string.Equals(other.Speaker, item.Speaker, StringComparison.Ordinal)
                    && Math.Abs(other.Trigger.Start - item.Trigger.Start) < bestDistance && SharesName(item.Object, other.Object))
                {
                    (best, bestDistance) = (other.Target, Math.Abs(other.Trigger.Start - item.Trigger.Start));
                }
            }

            return best;
        }

        /// <summary>True when a capitalised word (a possessive "'s" aside) of <paramref name="a"/> also stands in
        /// <paramref name="b"/>.</summary>
        private bool SharesName(Span a, Span b)
        {
            var other = b.In(layer.Text);
            var text = a.In(layer.Text);
            var k = 0;
            while (k < text.Length)
            {
                var start = k;
                while (k < text.Length && char.IsLetter(text[k]))
                {
                    k++;
                }

                if (k > start + 1 && char.IsUpper(text[start]) && ContainsWord(other, text[start..k]))
                {
                    return true;
                }

                k = Math.Max(k, start) + 1;
            }

            return false;
        }

        private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
        {
            var offset = 0;
            while (offset < text.Length && text[offset..].IndexOf(word, StringComparison.Ordinal) is >= 0 and var at)
            {
                var start = offset + at;
                var end = start + word.Length;
                if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    return true;
                }

                offset = start + 1;
            }

            return false;
        }

        /// <summary>Who holds the person a release is asked for: the named agent of a custody verb ("whom X
        /// detained", "detained by officers of X"), in the demand's sentence first, else the nearest before it,
        /// else the nearest after it.</summary>
        private Target? Custodian(Found item)
        {
            var sentences = layer.Sentences;
            Target? before = null;
            Target? after = null;
            foreach (var sentence in sentences)
            {
                for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
                {
                    var n = facts.Has(k, VoiceFacts.CustodyStart) ? stage.custody.MatchAt(layer, k) : 0;
                    if (n == 0 || AgentOf(sentence, k, n) is not { } agent)
                    {
                        continue;
                    }

                    if (sentence.FirstToken == item.Sentence)
                    {
                        return agent;
                    }

                    if (tokens[k].Span.Start < item.Trigger.Start)
                    {
                        before = agent;
                    }
                    else
                    {
                        after ??= agent;
                    }
                }
            }

            return before ?? after;
        }

        /// <summary>The named agent of the custody verb at <paramref name="k"/>: a mention just before it ("whom X
        /// detained", "X has arrested"), or inside the "by" phrase after it up to the next other preposition.</summary>
        private Target? AgentOf(Sentence sentence, int k, int n)
        {
            var b = k - 1;
            while (b >= sentence.FirstToken && Lower(b) is "has" or "have" or "had")
            {
                b--;
            }

            for (var j = Math.Max(sentence.FirstToken, b - 2); j <= b; j++)
            {
                if (context.MentionAt(tokens[j].Span.Start, out var end) is { } name && end == tokens[b].Span.End)
                {
                    return new Target(name, Span.FromBounds(tokens[j].Span.Start, end));
                }
            }

            var by = k + n;
            while (by < sentence.EndToken && by < k + n + 3 && Lower(by) is not "by")
            {
                by++;
            }

            if (by >= sentence.EndToken || Lower(by) is not "by")
            {
                return null;
            }

            for (var j = by + 1; j < sentence.EndToken && j < by + 10; j++)
            {
                if (tokens[j].Shape is TokenShape.Punctuation || (Has(j, DemandWords.Role.Connective) && Lower(j) is not ("of" or "and")))
                {
                    break;
                }

                if (context.MentionAt(tokens[j].Span.Start, out var end) is { } name)
                {
                    return new Target(name, Span.FromBounds(tokens[j].Span.Start, end));
                }
            }

            return null;
        }

        /// <summary>The addressee of the nearest demand that names one: in the same sentence, else the same
        /// speaker's in the same paragraph, else within two paragraphs before or after it.</summary>
        private Target? Nearest(Found item)
        {
            Target? best = null;
            var bestScore = int.MaxValue;
            foreach (var other in found)
            {
                // Beyond its own sentence, only the same speaker's named demand lends its addressee: another voice
                // asks other bodies.
                var sameSentence = other.Sentence == item.Sentence;
                if (other.Target.IsContext || Math.Abs(other.Paragraph - item.Paragraph) > 2
                    || (!sameSentence && !string.Equals(other.Speaker, item.Speaker, StringComparison.Ordinal)))
                {
                    continue;
                }

                var distance = Math.Abs(other.Trigger.Start - item.Trigger.Start);
                var score = (sameSentence ? 0 : other.Paragraph == item.Paragraph ? 1_000_000 : 2_000_000) + distance;
                if (score < bestScore)
                {
                    (best, bestScore) = (other.Target, score);
                }
            }

            return best;
        }
    }
}
