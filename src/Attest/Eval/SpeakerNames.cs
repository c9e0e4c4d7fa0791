using System.Collections.Immutable;

namespace Attest.Eval;

/// <summary>The names a gold speaker string may be given in a prediction. Gold writes a speaker once
/// ("Lena Marsh"); the document's gold persons, organisations, places and issuer say which other
/// names ("Marsh") denote the same speaker.</summary>
internal sealed class SpeakerNames
{
    private readonly Dictionary<string, HashSet<string>> sameAs = new(StringComparer.Ordinal);

    public SpeakerNames(GoldDocument gold)
    {
        foreach (var person in gold.Persons.OrEmpty())
        {
            Add(person.Name, person.Aliases);
        }

        foreach (var organization in gold.Organizations.OrEmpty())
        {
            Add(organization.Name, organization.Aliases);
        }

        foreach (var place in gold.Places.OrEmpty())
        {
            Add(place.Name, place.Aliases);
        }

        if (gold.Issuer is { } issuer)
        {
            Add(issuer.Name, issuer.Aliases);
        }
    }

    /// <summary>True when <paramref name="predicted"/> names the gold speaker: equal after folding, or a name
    /// of a gold entity that the gold speaker string names. A null gold speaker accepts any prediction; a
    /// missing predicted speaker matches no named gold speaker.</summary>
    public bool Matches(string? gold, string? predicted)
    {
        if (gold is null)
        {
            return true;
        }

        var predictedName = TextFold.Fold(predicted);
        if (predictedName.Length == 0)
        {
            return false;
        }

        var goldName = TextFold.Fold(gold);
        return string.Equals(goldName, predictedName, StringComparison.Ordinal)
            || (sameAs.TryGetValue(goldName, out var names) && names.Contains(predictedName));
    }

    private void Add(string name, ImmutableArray<string> aliases)
    {
        var group = new HashSet<string>(StringComparer.Ordinal);
        foreach (var each in aliases.OrEmpty().Prepend(name))
        {
            var folded = TextFold.Fold(each);
            if (folded.Length > 0)
            {
                group.Add(folded);
            }
        }

        foreach (var member in group)
        {
            if (!sameAs.TryGetValue(member, out var names))
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                sameAs.Add(member, names);
            }

            names.UnionWith(group);
        }
    }
}
