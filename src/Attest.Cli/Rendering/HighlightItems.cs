using System.Collections.Immutable;
using System.Globalization;
using Attest.Json;
using Attest.Model;
using Attest.Text;

namespace Attest.Cli.Rendering;

/// <summary>Flattens an analysis into highlightable items, sorted by position. Pure: no console here.</summary>
internal static class HighlightItems
{
    public static ImmutableArray<HighlightItem> From(DocumentAnalysis a)
    {
        var items = ImmutableArray.CreateBuilder<HighlightItem>();
        void Add(ItemCategory category, Evidence evidence, string detail)
        {
            foreach (var span in evidence.Spans)
            {
                items.Add(new HighlightItem(category, span, detail, evidence.RuleId));
            }
        }

        if (a.Issuer is { } issuer)
        {
            Add(ItemCategory.Issuer, issuer.Evidence, $"{issuer.Name} ({JsonNames.Of(issuer.Kind)})");
        }

        foreach (var p in a.Persons)
        {
            Add(ItemCategory.Person, p.Evidence, p.Role is null ? p.Name : $"{p.Name}, {p.Role}");
        }

        foreach (var o in a.Organizations)
        {
            Add(ItemCategory.Organization, o.Evidence, o.Country is null ? o.Name : $"{o.Name} ({o.Country})");
        }

        foreach (var p in a.Places)
        {
            Add(ItemCategory.Place, p.Evidence, p.Country is null ? p.Name : $"{p.Name} ({p.Country})");
        }

        foreach (var t in a.Times)
        {
            Add(ItemCategory.Time, t.Evidence, t.Value);
        }

        foreach (var f in a.Figures)
        {
            var count = f.Count is { } c ? c.ToString(CultureInfo.InvariantCulture) : $"≥{f.CountMin?.ToString(CultureInfo.InvariantCulture)}";
            Add(ItemCategory.Figure, f.Evidence, $"{count} {JsonNames.Of(f.Kind)}");
        }

        foreach (var l in a.Legal)
        {
            Add(ItemCategory.Legal, l.Evidence, l.Article is null ? l.Instrument : $"{l.Instrument} art. {l.Article}");
        }

        foreach (var q in a.Quotes)
        {
            Add(ItemCategory.Quote, q.Evidence, $"said by {q.Speaker ?? "unknown"} ({q.Attribution})");
        }

        foreach (var c in a.Claims)
        {
            Add(ItemCategory.Claim, c.Evidence, $"{c.Speaker} {JsonNames.Of(c.Act)} {c.Target}".TrimEnd());
        }

        foreach (var d in a.Demands)
        {
            Add(ItemCategory.Demand, d.Evidence, $"{d.Speaker} → {d.Addressee}: {JsonNames.Of(d.Action)}");
        }

        foreach (var i in a.Incidents)
        {
            Add(ItemCategory.Incident, i.Evidence, $"{JsonNames.Of(i.EventType)} {string.Join('/', i.Countries)} {i.Date} ({JsonNames.Of(i.Modality)})");
        }

        foreach (var l in a.Loaded)
        {
            Add(ItemCategory.Loaded, l.Evidence, $"{l.Term} ({JsonNames.Of(l.Kind)}) by {l.Speaker ?? "unknown"}");
        }

        return items
            .Where(i => i.Span.Start >= 0 && i.Span.End <= a.Text.Length && !i.Span.IsEmpty)
            .OrderBy(i => i.Span.Start)
            .ThenByDescending(i => i.Span.Length)
            .ThenBy(i => i.Category)
            .ToImmutableArray();
    }

    /// <summary>Cuts the text into runs, each marked with the innermost (shortest) item covering it, so nested
    /// items (a place inside a quote) stay visible.</summary>
    public static ImmutableArray<(Span Span, HighlightItem? Item)> Runs(string text, ImmutableArray<HighlightItem> items)
    {
        var owner = new int[text.Length];
        Array.Fill(owner, -1);
        for (var i = 0; i < items.Length; i++)
        {
            var span = items[i].Span;
            for (var p = span.Start; p < span.End; p++)
            {
                if (owner[p] < 0 || items[owner[p]].Span.Length > span.Length)
                {
                    owner[p] = i;
                }
            }
        }

        var runs = ImmutableArray.CreateBuilder<(Span, HighlightItem?)>();
        var start = 0;
        for (var p = 1; p <= text.Length; p++)
        {
            if (p == text.Length || owner[p] != owner[start])
            {
                runs.Add((Span.FromBounds(start, p), owner[start] < 0 ? null : items[owner[start]]));
                start = p;
            }
        }

        return runs.ToImmutable();
    }
}
