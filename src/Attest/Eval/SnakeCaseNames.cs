using System.Collections.Frozen;
using System.Text;

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

    /// <summary>The snake_case name of <paramref name="value"/>.</summary>
    public static string Of(T value)
    {
        var pascal = value.ToString();
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsAsciiLetterUpper(pascal[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }

    /// <summary>The value named <paramref name="name"/>, compared ignoring case after trimming.</summary>
    public static bool TryParse(string name, out T value) => ByName.TryGetValue(name.Trim(), out value);
}
