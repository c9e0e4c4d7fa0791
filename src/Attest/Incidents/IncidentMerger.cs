using System.Collections.Immutable;
using Attest.Model;
using Attest.Text;

namespace Attest.Incidents;

/// <summary>Groups one document's event mentions into incidents and writes one report per incident.</summary>
/// <remarks>Mentions that a place locates are read first, in text order: each joins the nearest earlier incident
/// it agrees with (same type or kind, target group, a shared country, overlapping dates, the same town), or starts
/// a new one; a multiplier ("twice") starts as many incidents as it counts. Then each unlocated mention joins the
/// incident it agrees with best (the one its ordinal names, the same town, a shared date, the nearest), or is
/// kept as context. Hypothetical, negated, habitual and historical mentions are never merged: they are context.</remarks>
internal static class IncidentMerger
{
    /// <summary>The countries of the report being written, gathered here and copied into the report: one list per
    /// thread rather than one per report.</summary>
    [ThreadStatic]
    private static List<string>? countriesOfReport;

    /// <summary>The one mention of a context report: the report copies what it needs, so one list per thread serves
    /// them all.</summary>
    [ThreadStatic]
    private static List<IncidentMention>? single;

    /// <summary>The drafts of the document being merged, and every draft this thread has made for reuse: the
    /// reports copy what they need, so drafts need not be allocated per document.</summary>
    [ThreadStatic]
    private static List<IncidentDraft>? draftsOfDocument;

    [ThreadStatic]
    private static List<IncidentDraft>? draftPool;

    /// <summary>The document's figures of the killed and the injured, in order: every report looks for its casualties
    /// among them, so the other figures are left out once per document rather than once per report.</summary>
    [ThreadStatic]
    private static List<FigureMention>? casualtyFigures;

    /// <summary>The context reports of the document being merged; copied out into the result.</summary>
    [ThreadStatic]
    private static ImmutableArray<IncidentReport>.Builder? contextOfDocument;

    public static IncidentResult Merge(TextLayer layer, List<IncidentMention> mentions, ImmutableArray<FigureMention> figures, string? published)
    {
        var drafts = draftsOfDocument ??= [];
        drafts.Clear();
        var pool = draftPool ??= [];
        var pooled = 0;
        var context = contextOfDocument ??= ImmutableArray.CreateBuilder<IncidentReport>();
        context.Clear();
        var casualties = casualtyFigures ??= [];
        casualties.Clear();
        foreach (var figure in figures)
        {
            if (figure.Kind is FigureKind.Killed or FigureKind.Injured)
            {
                casualties.Add(figure);
            }
        }
        foreach (var m in mentions)
        {
            if (m.Modality is not (Modality.Asserted or Modality.Reported))
            {
                context.Add(Report(layer, Single(m), m.Modality, casualties, null));
                continue;
            }

            if (m.Countries.Count == 0)
            {
                continue;
            }

            if (m.Multiplier > 1)
            {
                for (var copy = 1; copy <= m.Multiplier; copy++)
                {
                    var draft = NewDraft(pool, ref pooled, copy);
                    draft.Add(m);
                    drafts.Add(draft);
                }

                continue;
            }

            if (Best(drafts, m) is { } found)
            {
                found.Add(m);
            }
            else
            {
                var draft = NewDraft(pool, ref pooled, 0);
                draft.Add(m);
                drafts.Add(draft);
            }
        }

        foreach (var m in mentions)
        {
            if (m.Modality is not (Modality.Asserted or Modality.Reported) || m.Countries.Count > 0)
            {
                continue;
            }

            if (Best(drafts, m) is { } found)
            {
                found.Add(m);
            }
            else
            {
                context.Add(Report(layer, Single(m), m.Modality, casualties, null));
            }
        }

        var month = published is { Length: >= 7 } && char.IsAsciiDigit(published[5]) ? published[..7] : null;
        var reports = ImmutableArray.CreateBuilder<IncidentReport>(drafts.Count);
        foreach (var draft in drafts)
        {
            draft.Mentions.Sort((a, b) => a.Token.CompareTo(b.Token));
            var modality = draft.Mentions.Exists(x => x.Modality == Modality.Asserted) ? Modality.Asserted : Modality.Reported;
            var fallback = draft.Mentions.Exists(x => x.Trigger.KeepUndated) ? null : month;
            reports.Add(Report(layer, draft.Mentions, modality, casualties, draft.Date ?? fallback));
        }

        drafts.Clear();
        if (pool.Count > 1 << 14)
        {
            // A huge document would otherwise pin its drafts for the thread's lifetime.
            draftPool = null;
        }

        // One report per draft fills the builder to its capacity, so its array becomes the result without a copy.
        var result = new IncidentResult(reports.MoveToImmutable(), context.ToImmutable());
        context.Clear();
        casualties.Clear();
        return result;
    }

    /// <summary>A draft with no mentions, the next one of <paramref name="pool"/> not used yet by this document.</summary>
    private static IncidentDraft NewDraft(List<IncidentDraft> pool, ref int pooled, int copy)
    {
        if (pooled == pool.Count)
        {
            pool.Add(new IncidentDraft());
        }

        return pool[pooled++].Reset(copy);
    }

    private static List<IncidentMention> Single(IncidentMention m)
    {
        var list = single ??= [];
        list.Clear();
        list.Add(m);
        return list;
    }

    private static IncidentDraft? Best(List<IncidentDraft> drafts, IncidentMention m)
    {
        IncidentDraft? best = null;
        (int Ordinal, int Target, int Place, int Date, int Near) bestKey = default;
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var sameSentence = HasSentence(d.Mentions, m.Sentence);
            if (!(d.Accepts(m) || (sameSentence && m.Family == "detain" && d.HasType(EventType.Riots) && d.Locates(m))) || (m.Ordinal > 0 && d.Copy > 0 && d.Copy != m.Ordinal))
            {
                continue;
            }

            var before = int.MinValue;
            var after = int.MaxValue;
            foreach (var x in d.Mentions)
            {
                if (x.Token <= m.Token)
                {
                    before = Math.Max(before, x.Token);
                }
                else
                {
                    after = Math.Min(after, x.Token);
                }
            }

            var near = before != int.MinValue ? -(m.Token - before) : -(1_000_000 + after - m.Token);
            var key = (
                (m.Ordinal > 0 && d.Copy == m.Ordinal ? 2 : 0) + (sameSentence ? 1 : 0),
                d.Target is not null && m.Target is not null && d.Target == m.Target ? 1 : 0,
                m.Place is not null && !m.PlaceIsCountry && m.Place == d.Place ? 1 : 0,
                m.Date is not null && d.Date is not null ? 1 : 0,
                near);
            if (best is null || key.CompareTo(bestKey) >= 0)
            {
                best = d;
                bestKey = key;
            }
        }

        return best;
    }

    private static IncidentReport Report(TextLayer layer, List<IncidentMention> mentions, Modality modality, List<FigureMention> figures, string? date)
    {
        var first = mentions[0];
        var countries = countriesOfReport ??= [];
        countries.Clear();
        string? place = null;
        var placeIsCountry = false;
        TargetCategory? target = null;
        string? missionOwner = null;
        string? reportedBy = null;
        Span? perpetrator = null, motive = null;
        // The types as one bit each (EventType has six members), so the many one-mention reports build no set.
        var types = 0;
        // The sides of a fight count only when no mention says where it happened.
        var located = mentions.Exists(x => !x.SidesOnly && x.Countries.Count > 0);
        foreach (var m in mentions)
        {
            foreach (var c in located && m.SidesOnly ? [] : m.Countries)
            {
                if (!countries.Contains(c))
                {
                    countries.Add(c);
                }
            }

            if (m.Place is not null && (place is null || (placeIsCountry && !m.PlaceIsCountry)))
            {
                place = m.Place;
                placeIsCountry = m.PlaceIsCountry;
            }

            target ??= m.Target;
            missionOwner ??= m.MissionOwner;
            perpetrator ??= m.Perpetrator;
            motive ??= m.Motive;
            if (m.Modality == Modality.Reported)
            {
                reportedBy ??= m.ReportedBy;
            }

            if (m.Type is { } type)
            {
                types |= 1 << (int)type;
            }

            date ??= mentions.Count == 1 ? m.Date : null;
        }

        var (killed, injured) = Casualties(layer, mentions, figures);
        var spans = DistinctSpans(mentions);
        return new IncidentReport(
            Resolve(types, mentions, target),
            target,
            date,
            [.. countries],
            place,
            Written(layer, perpetrator),
            killed,
            injured,
            Written(layer, motive),
            modality,
            modality == Modality.Reported ? reportedBy : null,
            new Evidence(spans, first.Trigger.RuleId))
        {
            MissionOwner = target is TargetCategory.DiplomaticPremises or TargetCategory.DiplomaticPersonnel ? missionOwner : null,
        };
    }

    private static string? Written(TextLayer layer, Span? span) => span is { } s ? layer.Text[s.Start..s.End] : null;

    /// <summary>The incident's type: the specific types its words give (a riot over a protest, a battle over
    /// shelling when soldiers were the target), else what the target, weapons and actors say.</summary>
    private static EventType Resolve(int types, List<IncidentMention> mentions, TargetCategory? target)
    {
        static bool Has(int types, EventType type) => (types & (1 << (int)type)) != 0;

        // A protest that the text also calls an attack or violence is a riot.
        if (Has(types, EventType.Riots) || (Has(types, EventType.Protests) && mentions.Exists(m => m.Type is null)))
        {
            return EventType.Riots;
        }

        if (Has(types, EventType.Battles) && Has(types, EventType.ExplosionsRemoteViolence))
        {
            return target == TargetCategory.Military ? EventType.Battles : EventType.ExplosionsRemoteViolence;
        }

        if (types != 0)
        {
            // The lowest type the words give.
            return (EventType)System.Numerics.BitOperations.TrailingZeroCount(types);
        }

        if (mentions.Exists(m => m.Weapon == WeaponKind.Explosive))
        {
            return EventType.ExplosionsRemoteViolence;
        }

        if (mentions.Exists(m => m.Weapon == WeaponKind.Firearm))
        {
            return EventType.ViolenceAgainstCivilians;
        }

        if (mentions.Exists(m => m.Crowd))
        {
            return EventType.Riots;
        }

        return target is TargetCategory.DiplomaticPremises or TargetCategory.Property ? EventType.Riots : EventType.ViolenceAgainstCivilians;
    }

    private static bool HasSentence(List<IncidentMention> mentions, int sentence)
    {
        foreach (var x in mentions)
        {
            if (x.Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mentions' spans, each once, ordered by start; spans with one start keep their first-seen order.</summary>
    private static ImmutableArray<Span> DistinctSpans(List<IncidentMention> mentions)
    {
        if (mentions.Count == 1)
        {
            // Most reports have one mention: no builder for it.
            return [mentions[0].Span];
        }

        var spans = ImmutableArray.CreateBuilder<Span>(mentions.Count);
        foreach (var m in mentions)
        {
            if (!spans.Contains(m.Span))
            {
                // Insertion after every span that starts at or before it: a stable sort by start.
                var at = spans.Count;
                while (at > 0 && spans[at - 1].Start > m.Span.Start)
                {
                    at--;
                }

                spans.Insert(at, m.Span);
            }
        }

        return spans.Count == spans.Capacity ? spans.MoveToImmutable() : spans.ToImmutable();
    }

    /// <summary>The first figures of the killed and of the injured in a sentence of the mentions; <paramref name="figures"/>
    /// holds only those two kinds.</summary>
    private static (long? Killed, long? Injured) Casualties(TextLayer layer, List<IncidentMention> mentions, List<FigureMention> figures)
    {
        long? killed = null, injured = null;
        foreach (var figure in figures)
        {
            var span = figure.Evidence.Primary;
            var inMention = false;
            foreach (var m in mentions)
            {
                var sentence = layer.Sentences[m.Sentence].Span;
                if (sentence.Contains(span))
                {
                    inMention = true;
                    break;
                }
            }

            if (!inMention)
            {
                continue;
            }

            var count = figure.Count ?? figure.CountMin;
            if (figure.Kind == FigureKind.Killed)
            {
                killed ??= count;
            }
            else
            {
                injured ??= count;
            }
        }

        return (killed, injured);
    }
}
