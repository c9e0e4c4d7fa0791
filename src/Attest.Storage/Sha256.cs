namespace Attest.Storage;

/// <summary>Checks on SHA-256 values written as hex.</summary>
internal static class Sha256
{
    public const int HexLength = 64;

    public static bool IsValid(string? value) => value is { Length: HexLength } && IsHex(value);

    public static bool IsHex(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExcept("0123456789abcdefABCDEF");
}
