using System.Collections.Immutable;

namespace Attest.Model;

/// <summary>Where a document's own voice stands: whom it condemns, accuses, supports and is concerned about,
/// what it denies, and what it asks of whom. Derived from the document's claims and demands in its own voice
/// (reported speech is left out: a report of what others condemn is not the reporter's stance).</summary>
/// <param name="Voice">The issuer whose stance this is, or null when the document names none.</param>
/// <param name="Condemns">Targets of own-voice condemnations, in text order, each once.</param>
/// <param name="Accuses">Whom the own voice accuses or holds responsible.</param>
/// <param name="Supports">What the own voice welcomes or praises.</param>
/// <param name="ConcernedAbout">What the own voice expresses concern about.</param>
/// <param name="Denies">What the own voice denies or rejects.</param>
/// <param name="Asks">What the own voice asks of whom: one request per addressee, with the acts asked.</param>
public sealed record StanceSummary(
    string? Voice,
    ImmutableArray<string> Condemns,
    ImmutableArray<string> Accuses,
    ImmutableArray<string> Supports,
    ImmutableArray<string> ConcernedAbout,
    ImmutableArray<string> Denies,
    ImmutableArray<StanceRequest> Asks)
{
    /// <summary>True when the own voice takes no stance the summary can show.</summary>
    public bool IsEmpty => Condemns.IsEmpty && Accuses.IsEmpty && Supports.IsEmpty && ConcernedAbout.IsEmpty && Denies.IsEmpty && Asks.IsEmpty;

    /// <summary>The stance of <paramref name="analysis"/>'s own voice: its own-voice claims, and the demands whose
    /// speaker is the issuer.</summary>
    public static StanceSummary Of(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var voice = analysis.Issuer?.Name;
        var condemns = new List<string>();
        var accuses = new List<string>();
        var supports = new List<string>();
        var concerned = new List<string>();
        var denies = new List<string>();
        foreach (var claim in analysis.Claims)
        {
            if (!claim.OwnVoice || claim.Target is not { Length: > 0 } target)
            {
                continue;
            }

            var list = claim.Act switch
            {
                ClaimAct.Condemns => condemns,
                ClaimAct.Accuses => accuses,
                ClaimAct.Welcomes => supports,
                ClaimAct.ExpressesConcern => concerned,
                ClaimAct.Denies => denies,
                _ => null,
            };
            AddOnce(list, target);
        }

        var asks = new List<(string Addressee, List<DemandAction> Actions)>();
        foreach (var demand in analysis.Demands)
        {
            if (voice is null || !string.Equals(demand.Speaker, voice, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var index = asks.FindIndex(a => string.Equals(a.Addressee, demand.Addressee, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                asks.Add((demand.Addressee, [demand.Action]));
            }
            else if (!asks[index].Actions.Contains(demand.Action))
            {
                asks[index].Actions.Add(demand.Action);
            }
        }

        return new StanceSummary(
            voice,
            [.. condemns],
            [.. accuses],
            [.. supports],
            [.. concerned],
            [.. denies],
            [.. asks.Select(a => new StanceRequest(a.Addressee, [.. a.Actions]))]);
    }

    private static void AddOnce(List<string>? list, string item)
    {
        if (list is not null && !list.Contains(item, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(item);
        }
    }
}
