using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds the named bodies of a document (ministries, armed forces, parliaments, NGOs, news outlets,
/// international organisations) with the state they belong to when known. Built once from the analyzer's
/// lexicon matcher; immutable and thread-safe.</summary>
/// <remarks>
/// <para>Rules (rule ids in brackets):</para>
/// <list type="number">
/// <item>A lexicon match of kind <c>organization</c> or <c>outlet</c> [<c>organization.lexicon</c>], also inside
/// the name of a legal instrument ("the Charter of the United Nations"), but not a name followed by "of" and an
/// instrument ("Article 19 of the Covenant"). Of several entries sharing a form ("RSF") the one the document
/// names elsewhere wins. It is reported by the lexicon's name, except an alias that only spells that name
/// differently ("U.S. House of Representatives"), which is kept as written.</item>
/// <item>A state's body named by what it is (kind <c>government-body</c>: "Foreign Ministry", "armed forces",
/// "government") bound to its state by a possessive ("Iran's Foreign Ministry"), an adjective ("the Armenian
/// armed forces", also two joined by "and"), a name used as adjective ("the Azerbaijan military") or an "of"
/// phrase ("the Government of A"). A bare ministry ("the Foreign Ministry") takes the document's state: its
/// place of issue or dateline, else the first state the sentence names, else the state of the outlet in the
/// masthead or of the one that "reports", else the first state the document names; a possessive of something
/// else ("the territory's Health Ministry") leaves it unbound. Weak forms ("forces", "military", "units") need the state's adjective or name right
/// before them and no qualifier such as "radical" before that. The body is reported as "Foreign Ministry of
/// A", "Armed Forces of A", unless the lexicon has an organisation of that state with one of its forms, whose
/// name is then used [<c>organization.government</c>].</item>
/// <item>An office named like a title (kind <c>institution-title</c>: "Human Rights Defender", "People's
/// Advocate"), capitalised and not followed by a person's name, is the institution, bound to its state like a
/// body [<c>organization.institution</c>].</item>
/// <item>An organisation, a capitalised title and its complement, with no person after them: the office
/// ("the UN High Commissioner for Human Rights") [<c>organization.office</c>].</item>
/// <item>"City police" [<c>organization.police</c>].</item>
/// <item>A name shape: capitalised words, quoted names and the connectors "of, for, and, the, on, without"
/// around a capitalised head noun (kind <c>org-head</c>: "… Foundation", "Union of …", "… NGO"), with a
/// " – Place" branch suffix at the end of a line. A name that only names a body of a known organisation
/// ("Council of Heads of State of the Commonwealth of Independent States") leaves the organisation alone
/// [<c>organization.name-shape</c>].</item>
/// <item>A name after or before a common noun for an organisation ("the association Friends of X", the
/// association "Free Pen", "a group calling itself X", "the Georgian Dream party") [<c>organization.named</c>].</item>
/// <item>News outlets: the subject of "reports" ("Acme reports, citing …"; of "reported" only when it is one
/// word or a web address), a "By Outlet" header that is not a person's byline, the outlet in a dateline's
/// brackets ("CITY, March 8 (Acme) —") and a "Source: Acme" line [<c>organization.outlet</c>].</item>
/// <item>A signatory list: three or more consecutive title-case lines at least half of which are
/// organisations by the rules above; every line is then one [<c>organization.signatory</c>].</item>
/// </list>
/// <para>Where two findings overlap the longer wins; a person's name is never an organisation.</para>
/// </remarks>
public sealed class OrganizationStage
{
    private readonly NameCues cues;

    /// <summary>Creates the stage from the analyzer's matcher and lexicons.</summary>
    /// <param name="matcher">The analyzer's one matcher (places, organisations, titles, instruments).</param>
    /// <param name="lexicons">The lexicons the analyzer was built from; the stage reads the cue kinds of
    /// <c>lexicons/name-cues.tsv</c> (and a user's entries of those kinds) from them.</param>
    /// <param name="tokenizer">The analyzer's text-layer builder, so cue phrases split as texts do.</param>
    /// <exception cref="ArgumentException">The lexicons hold no name cues.</exception>
    public OrganizationStage(LexiconMatcher matcher, LexiconSet lexicons, TextLayerBuilder? tokenizer = null)
        : this(NameCues.For(matcher, lexicons, tokenizer))
    {
    }

    internal OrganizationStage(NameCues cues) => this.cues = cues;

    /// <summary>The organisation mentions of one document, in text order (a body named twice is two mentions).</summary>
    /// <param name="layer">The document's text layer.</param>
    /// <param name="matches">The analyzer's lexicon matches over <paramref name="layer"/>.</param>
    /// <param name="persons">The document's person mentions (<see cref="PersonStage"/>): a person's name is not a
    /// body, and an office followed by a person's name is that person's title.</param>
    /// <param name="metadata">What ingest knows of the document; its place of issue binds a bare "Foreign
    /// Ministry" to its state.</param>
    public ImmutableArray<OrganizationMention> Find(
        TextLayer layer,
        ImmutableArray<LexiconMatch> matches,
        ImmutableArray<PersonMention> persons,
        DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Tokens.IsEmpty)
        {
            return [];
        }

        var document = cues.Document(layer, matches);
        return new OrganizationFinder(document, persons.IsDefault ? [] : persons, metadata?.PlaceOfIssue).Find();
    }
}
