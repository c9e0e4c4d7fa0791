using System.Collections.Immutable;
using Attest.Attribution;
using Attest.Model;
using Attest.Text;

namespace Attest.Rhetoric;

/// <summary>Names the speaker of a stretch of tokens (the subject before a speech verb, the source after
/// "according to"): a person or body the mention stages found there, a pronoun or definite description resolved
/// to the nearest compatible mention, a place speaking for its state ("Halvorn called …"), or a group named as
/// written ("Estravian officials"). One instance per document; not shared between threads.</summary>
internal sealed class SpeakerFinder(
    TextLayer layer,
    VoiceTokens facts,
    Issuer? issuer,
    ImmutableArray<PersonMention> persons,
    ImmutableArray<OrganizationMention> organizations,
    ImmutableArray<PlaceMention> places)
{
    /// <summary>The issuer's name, the voice of any sentence no one else speaks.</summary>
    public string? IssuerName => issuer?.Name;

    /// <summary>The speaker named in tokens <c>[first, end)</c>, or null.</summary>
    public string? Resolve(int first, int end) => Resolve(first, end, out _);

    /// <summary>The subject of the verb at token <paramref name="verb"/> within <c>[first, verb)</c>: a speaker whose
    /// words end right before the verb, with only auxiliaries, adverbs, time words or an apposition between
    /// ("the ministry on Sunday rejected", "the ambassador, Jane Doe, said"); not a name further back ("the
    /// Commission and individual states").</summary>
    public string? Subject(int first, int verb)
    {
        if (Resolve(first, verb, out var after) is not { } speaker)
        {
            return null;
        }

        var tokens = layer.Tokens;
        for (var k = after; k < verb; k++)
        {
            var gap = facts.Has(k, VoiceFacts.Auxiliary)
                || layer.TokenLower(k).EndsWith("ly", StringComparison.Ordinal)
                || tokens[k].Shape is TokenShape.Capitalized or TokenShape.Number or TokenShape.Punctuation
                || tokens[k].Has(TokenFlags.FootnoteMarker);
            if (!gap)
            {
                return null;
            }
        }

        return speaker;
    }

    private string? Resolve(int first, int end, out int after)
    {
        after = end;
        if (first >= end)
        {
            return null;
        }

        var tokens = layer.Tokens;
        var from = tokens[first].Span.Start;
        var to = tokens[end - 1].Span.End;

        // A named person in the window is the speaker even after the body they speak for.
        foreach (var person in persons)
        {
            foreach (var span in person.Evidence.Spans)
            {
                if (span.Start >= from && span.End <= to)
                {
                    after = TokenAfter(span.End, first, end);
                    return person.Name;
                }
            }
        }

        OrganizationMention? body = null;
        foreach (var organization in organizations)
        {
            var start = organization.Evidence.Primary.Start;
            if (start >= from && start < to && (body is null || start < body.Evidence.Primary.Start))
            {
                body = organization;
            }
        }

        if (body is not null)
        {
            after = TokenAfter(body.Evidence.Primary.End, first, end);
            return body.Name;
        }

        for (var k = first; k < end; k++)
        {
            var fact = facts[k];
            after = k + 1;
            if ((fact & VoiceFacts.FirstPersonPlural) != 0)
            {
                return issuer?.Name;
            }

            if ((fact & VoiceFacts.PersonPronoun) != 0)
            {
                return NearestPerson(from, null);
            }

            if ((fact & VoiceFacts.BodyPronoun) != 0)
            {
                return NearestOrganization(from, null);
            }

            var shape = tokens[k].Shape;
            if (k > first && layer.TokenLower(k - 1).SequenceEqual("the") && shape is TokenShape.Lower or TokenShape.Capitalized)
            {
                var word = layer.TokenText(k);
                if (word.Length > 3 && (NearestOrganization(from, word.ToString()) ?? NearestPerson(from, word.ToString())) is { } described)
                {
                    return described;
                }
            }

            if (shape is not (TokenShape.Capitalized or TokenShape.AllCaps))
            {
                continue;
            }

            // "Estravian officials": a nationality before a noun names a group, reported as written.
            if ((fact & VoiceFacts.Nationality) != 0)
            {
                var noun = k + 1;
                while (noun < end && tokens[noun].Shape is TokenShape.Lower && !facts.Has(noun, VoiceFacts.Auxiliary | VoiceFacts.Function))
                {
                    noun++;
                }

                if (noun > k + 1)
                {
                    after = noun;
                    return layer.Text[tokens[k].Span.Start..tokens[noun - 1].Span.End];
                }
            }

            if (PlaceAt(tokens[k].Span.Start) is { } place)
            {
                after = TokenAfter(place.Evidence.Primary.End, k, end);
                return place.Name;
            }
        }

        after = end;
        return null;
    }

    /// <summary>The first token in <c>[from, end)</c> that starts at or after <paramref name="offset"/>.</summary>
    private int TokenAfter(int offset, int from, int end)
    {
        var k = from;
        while (k < end && layer.Tokens[k].Span.Start < offset)
        {
            k++;
        }

        return k;
    }

    private PlaceMention? PlaceAt(int start)
    {
        foreach (var place in places)
        {
            if (place.Evidence.Primary.Start == start)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>The person mentioned last before <paramref name="before"/> (with the role word, when given).</summary>
    private string? NearestPerson(int before, string? roleWord)
    {
        string? best = null;
        var bestAt = -1;
        foreach (var person in persons)
        {
            if (roleWord is not null && (person.Role is null || !person.Role.Contains(roleWord, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var span in person.Evidence.Spans)
            {
                if (span.Start < before && span.Start > bestAt)
                {
                    (best, bestAt) = (person.Name, span.Start);
                }
            }
        }

        return best;
    }

    /// <summary>The body mentioned last before <paramref name="before"/> (whose name has the word, when given).</summary>
    private string? NearestOrganization(int before, string? word)
    {
        string? best = null;
        var bestAt = -1;
        foreach (var organization in organizations)
        {
            if (word is not null && !ContainsWord(organization.Name, word))
            {
                continue;
            }

            var start = organization.Evidence.Primary.Start;
            if (start < before && start > bestAt)
            {
                (best, bestAt) = (organization.Name, start);
            }
        }

        return best;
    }

    private static bool ContainsWord(string name, string word)
    {
        var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                return true;
            }

            at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
