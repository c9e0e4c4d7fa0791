using System.Collections.Immutable;
using System.Globalization;
using Attest.Model;
using Attest.Rhetoric;

namespace Attest.Mirror;

/// <summary>The structure of an analysis with offsets left out and names mapped to their side: one line per item
/// (category, then its values), sorted. Two analyses of a text and its mirror image have equal shapes when every
/// rule treats both sides alike.</summary>
public static class MirrorShape
{
    /// <summary>The sorted lines of <paramref name="analysis"/>, every name and country code passed through
    /// <paramref name="map"/>. A swapped text is read with the mirrored lexicons (<see cref="NameSwap.Mirror"/>),
    /// so every country code maps to its side like a name, whether a side's name, a town or a body carries it.</summary>
    public static ImmutableArray<string> Of(DocumentAnalysis analysis, Func<string?, string?> map)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(map);
        var lines = new List<string>();
        void Add(params object?[] parts) => lines.Add(string.Join(" | ", parts.Select(p => p switch
        {
            null => "-",
            string s => map(s) ?? "-",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => map(p.ToString()) ?? "-",
        })));

        Add("meta", analysis.Metadata.Published, analysis.Metadata.PlaceOfIssue);
        if (analysis.Issuer is { } issuer)
        {
            Add("issuer", issuer.Name, issuer.Kind.ToString());
        }

        foreach (var p in analysis.Persons)
        {
            Add("person", p.Name, p.Role);
        }

        foreach (var o in analysis.Organizations)
        {
            Add("organization", o.Name, o.Country);
        }

        foreach (var p in analysis.Places)
        {
            Add("place", p.Name, p.Country);
        }

        foreach (var t in analysis.Times)
        {
            Add("time", t.Value);
        }

        foreach (var f in analysis.Figures)
        {
            Add("figure", f.Kind.ToString(), f.Count, f.CountMin, f.Counted);
        }

        foreach (var l in analysis.Legal)
        {
            Add("legal", l.Instrument, l.Article, l.Paragraph);
        }

        foreach (var q in analysis.Quotes)
        {
            Add("quote", q.Speaker, q.Attribution, q.Text.In(analysis.Text).ToString());
        }

        foreach (var c in analysis.Claims)
        {
            Add("claim", c.Speaker, c.Act.ToString(), c.Target, c.OwnVoice.ToString());
        }

        foreach (var d in analysis.Demands)
        {
            Add("demand", d.Speaker, d.Action.ToString(), d.Addressee, d.Object, d.LegalBasis);
        }

        foreach (var i in analysis.Incidents)
        {
            Add("incident", i.EventType.ToString(), i.Target?.ToString(), i.Date, string.Join(",", i.Countries.Select(map).Order(StringComparer.Ordinal)),
                i.Place, i.Perpetrator, i.Killed, i.Injured, i.Modality.ToString(), i.ReportedBy);
        }

        foreach (var l in analysis.Loaded)
        {
            LoadedRules.TryParse(l.Evidence.RuleId, out var voice, out var modality);
            Add("loaded", l.Term.ToLowerInvariant(), l.Kind.ToString(), l.Speaker, voice.ToString(), modality.ToString(), l.About);
        }

        lines.Sort(StringComparer.Ordinal);
        return [.. lines];
    }
}
