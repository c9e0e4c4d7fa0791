using System.Collections.Frozen;
using System.Text;

namespace Attest.Json;

/// <summary>Enum values as the JSON schema and the gold format spell them: <c>FulfilObligations</c> → <c>fulfil_obligations</c>.</summary>
public static class JsonNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : SnakeCase(value.ToString());

    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return name is not null && Names<TEnum>.ByName.TryGetValue(name, out value);
    }

    private static string SnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsAsciiLetterUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Computed once per enum type: names are written for every item of every analysis.</summary>
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => SnakeCase(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> ByName =
            ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
