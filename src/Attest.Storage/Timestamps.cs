using System.Globalization;

namespace Attest.Storage;

/// <summary>How instants are written in the store: ISO 8601 round-trip text, which keeps the offset and sorts as text within one offset.</summary>
internal static class Timestamps
{
    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.ParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
