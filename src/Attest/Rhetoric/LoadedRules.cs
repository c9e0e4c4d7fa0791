using Attest.Model;

namespace Attest.Rhetoric;

/// <summary>The rule ids of loaded terms: <c>loaded.{voice}.{modality}</c>, e.g. <c>loaded.quote.used</c>,
/// <c>loaded.reported.denied</c>, <c>loaded.named.used</c>. The id carries what <see cref="LoadedTerm"/> has no
/// field for: how the speaker was found and whether the label is used at all.</summary>
public static class LoadedRules
{
    private const string Prefix = "loaded.";

    private static readonly string[][] Ids = BuildIds();

    /// <summary>The rule id for a voice and a modality (strings made once).</summary>
    public static string RuleId(LoadedVoice voice, LoadedModality modality) => Ids[(int)voice][(int)modality];

    /// <summary>Reads a rule id made by <see cref="RuleId"/>; false for any other id.</summary>
    public static bool TryParse(string? ruleId, out LoadedVoice voice, out LoadedModality modality)
    {
        voice = default;
        modality = default;
        if (ruleId is null || !ruleId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = ruleId.AsSpan(Prefix.Length);
        var dot = rest.IndexOf('.');
        return dot > 0
            && Enum.TryParse(rest[..dot], ignoreCase: true, out voice)
            && Enum.IsDefined(voice)
            && Enum.TryParse(rest[(dot + 1)..], ignoreCase: true, out modality)
            && Enum.IsDefined(modality);
    }

    /// <summary>The modality of a loaded term from its rule id; <see cref="LoadedModality.Used"/> when the id says
    /// nothing (an item made by another producer).</summary>
    public static LoadedModality ModalityOf(LoadedTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return TryParse(term.Evidence.RuleId, out _, out var modality) ? modality : LoadedModality.Used;
    }

    /// <summary>True when the speaker applies the label (not negated, supposed, denied or distanced).</summary>
    public static bool IsUse(LoadedTerm term) => ModalityOf(term) == LoadedModality.Used;

    private static string[][] BuildIds()
    {
        var voices = Enum.GetValues<LoadedVoice>();
        var modalities = Enum.GetValues<LoadedModality>();
        var ids = new string[voices.Length][];
        foreach (var voice in voices)
        {
            ids[(int)voice] = [.. modalities.Select(m => Prefix + voice.ToString().ToLowerInvariant() + "." + m.ToString().ToLowerInvariant())];
        }

        return ids;
    }
}
