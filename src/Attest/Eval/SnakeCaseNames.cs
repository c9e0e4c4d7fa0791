using System.Collections.Frozen;

namespace Attest.Eval;

/// <summary>The gold format's snake_case names of the model's enums: <c>FulfilObligations</c> ↔
/// <c>fulfil_obligations</c>, <c>ExplosionsRemoteViolence</c> ↔ <c>explosions_remote_violence</c>.</summary>
internal static class SnakeCaseNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetValues<T>().ToFrozenDictionary(Of, v => v, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name, in declaration order, for error messages.</summary>
    public static string All { get; } = string.Join(", ", Enum.GetValues<T>().Select(Of));

    /// <summary>The snake_case name of <paramref name="value"/>, as the analysis JSON writes it.</summary>
    public static string Of(T value) => Json.JsonNames.Of(value);

    /// <summary>The value named <paramref name="name"/>, compared ignoring case after trimming.</summary>
    public static bool TryParse(string name, out T value) => ByName.TryGetValue(name.Trim(), out value);
}
