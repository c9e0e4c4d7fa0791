using System.Collections.Frozen;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Linking;

/// <summary>Finds the named person an incident was aimed at, for the kinds of incident whose victim is a person
/// (a detention, an arrest, an abduction): the event words the lexicons mark <c>needs=person</c>. Two accounts of
/// such an incident that name the same person are linked even when they place it differently (see
/// <see cref="IncidentCompatibility"/>), so the linker is given the name through <see cref="LinkReport.TargetPerson"/>.</summary>
/// <remarks>The incident stage records which event word founded a report in its evidence rule id
/// (<c>incident.</c> followed by the word's lexicon name, spaces as hyphens); that is how a report's kind is
/// known here. The person is the named person nearest to one of the report's event words in the same
/// sentence, within <see cref="Window"/> characters, other than the speaker the report is attributed to ("the
/// minister said police detained three protesters" names no detainee). When an attribution names the detainee
/// by mistake, no person is given: a link missed, never a wrong one made.</remarks>
public sealed class TargetPersons
{
    /// <summary>How far from the event word a name may stand: a few words on either side ("the detention on 10
    /// March of N", "N, whom the police detained").</summary>
    private const int Window = 60;

    private readonly FrozenSet<string> ruleIds;

    private TargetPersons(FrozenSet<string> ruleIds)
    {
        this.ruleIds = ruleIds;
    }

    /// <summary>Knows no kind of incident aimed at a person: <see cref="Of"/> always returns null.</summary>
    public static TargetPersons None { get; } = new(FrozenSet<string>.Empty);

    /// <summary>Reads the <c>event-trigger</c> entries of <paramref name="lexicons"/> marked <c>needs=person</c>.</summary>
    public static TargetPersons From(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in lexicons.OfKind("event-trigger"))
        {
            if (string.Equals(entry.Attribute("needs"), "person", StringComparison.Ordinal))
            {
                ids.Add("incident." + entry.Name.Replace(' ', '-'));
            }
        }

        return new TargetPersons(ids.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>The name of the person <paramref name="report"/> (one of <paramref name="analysis"/>'s incidents)
    /// was aimed at, or null when its kind of incident is not aimed at a person or no name stands near its event
    /// words.</summary>
    public string? Of(DocumentAnalysis analysis, IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(report);
        if (!ruleIds.Contains(report.Evidence.RuleId) || report.Evidence.Spans.IsDefaultOrEmpty || analysis.Persons.IsDefaultOrEmpty)
        {
            return null;
        }

        var text = analysis.Text;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var trigger in report.Evidence.Spans)
        {
            foreach (var person in analysis.Persons)
            {
                if (report.ReportedBy is { } speaker && string.Equals(person.Name, speaker, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var span in person.Evidence.Spans)
                {
                    var distance = span.Start >= trigger.End ? span.Start - trigger.End : trigger.Start - span.End;
                    if (distance < 0 || distance >= bestDistance || distance > Window)
                    {
                        continue;
                    }

                    var gap = span.Start >= trigger.End ? Span.FromBounds(trigger.End, span.Start) : Span.FromBounds(span.End, trigger.Start);
                    if (!CrossesSentence(text, gap))
                    {
                        (best, bestDistance) = (person.Name, distance);
                    }
                }
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="gap"/> holds a line break or a sentence end: <c>?</c>, <c>!</c> or
    /// <c>;</c>, or a period before a space and a capital that is not the end of a one-word title or initial
    /// ("Ms. Lindari" stays one sentence).</summary>
    private static bool CrossesSentence(string text, Span gap)
    {
        for (var i = gap.Start; i < gap.End; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '?' or '!' or ';')
            {
                return true;
            }

            if (c == '.' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !ShortWordBefore(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word before the period at <paramref name="dot"/> is a capitalised word of at most
    /// three letters: a title ("Mr", "Ms", "Dr") or an initial.</summary>
    private static bool ShortWordBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var length = dot - start;
        return length is >= 1 and <= 3 && char.IsUpper(text[start]);
    }
}
