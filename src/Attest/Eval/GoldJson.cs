using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Attest.Model;

namespace Attest.Eval;

/// <summary>Reads the gold format from a parsed JSON tree. Fields that are scored are checked strictly, so a
/// typing slip in gold ("riot" for "riots") is reported rather than silently never matched; fields that are
/// not scored are read leniently.</summary>
internal static class GoldJson
{
    /// <summary>The gold document in <paramref name="root"/>, or a <see cref="FormatError"/>.</summary>
    public static GoldDocument ReadDocument(JsonElement root)
    {
        RequireObject(root, "the document");
        return new GoldDocument(
            Doc: RequiredString(root, "doc", string.Empty),
            Meta: ReadMeta(root),
            Issuer: ReadIssuer(root),
            Persons: Items(root, "persons", ReadName),
            Organizations: Items(root, "organizations", ReadName),
            Places: Items(root, "places", ReadPlace),
            Times: Items(root, "times", ReadTime),
            Figures: Items(root, "figures", ReadFigure),
            Legal: Items(root, "legal", ReadLegal),
            Quotes: Items(root, "quotes", ReadQuote),
            Demands: Items(root, "demands", ReadDemand),
            Incidents: Items(root, "incidents", ReadIncident),
            Loaded: Items(root, "loaded", ReadLoaded));
    }

    private static GoldMeta ReadMeta(JsonElement root)
    {
        if (!root.TryGetProperty("meta", out var meta) || meta.ValueKind == JsonValueKind.Null)
        {
            return GoldMeta.Empty;
        }

        RequireObject(meta, "meta");
        return new GoldMeta(
            LenientString(meta, "published"),
            LenientString(meta, "publisher"),
            LenientString(meta, "author"),
            LenientString(meta, "place_of_issue"));
    }

    private static GoldName? ReadIssuer(JsonElement root)
    {
        if (!root.TryGetProperty("issuer", out var issuer) || issuer.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (issuer.ValueKind == JsonValueKind.String)
        {
            var name = issuer.GetString();
            return string.IsNullOrWhiteSpace(name) ? null : new GoldName(name, [], null, false);
        }

        return ReadName(issuer, "issuer");
    }

    private static GoldName ReadName(JsonElement item, string where) =>
        new(RequiredString(item, "name", where), StringList(item, "aliases", where), LenientString(item, "role"), IsOptional(item));

    private static GoldPlace ReadPlace(JsonElement item, string where) =>
        new(RequiredString(item, "name", where), StringList(item, "aliases", where), OptionalString(item, "country", where), IsOptional(item));

    private static GoldTime ReadTime(JsonElement item, string where) =>
        new(LenientString(item, "text"), RequiredString(item, "value", where), IsOptional(item));

    private static GoldFigure ReadFigure(JsonElement item, string where)
    {
        var count = Count(item, "count", where);
        var countMin = Count(item, "count_min", where);
        if (count is null == countMin is null)
        {
            throw new FormatError($"{where}: expected exactly one of \"count\" and \"count_min\"");
        }

        return new GoldFigure(LenientString(item, "text"), count, countMin, Enum<FigureKind>(item, "kind", where), IsOptional(item));
    }

    private static GoldLegal ReadLegal(JsonElement item, string where)
    {
        string? article = null;
        if (item.TryGetProperty("article", out var value))
        {
            article = value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => throw new FormatError($"{where}.article: expected a string, a number or null"),
            };
        }

        return new GoldLegal(RequiredString(item, "instrument", where), article, IsOptional(item));
    }

    private static GoldQuote ReadQuote(JsonElement item, string where) =>
        new(OptionalString(item, "speaker", where), RequiredString(item, "starts", where), IsOptional(item));

    private static GoldDemand ReadDemand(JsonElement item, string where) =>
        new(LenientString(item, "speaker"), StringList(item, "addressee_any", where), Enum<DemandAction>(item, "action", where), IsOptional(item));

    private static GoldIncident ReadIncident(JsonElement item, string where) =>
        new(
            Key: OptionalString(item, "key", where),
            EventType: Enum<EventType>(item, "event_type", where),
            Target: LenientString(item, "target"),
            Date: OptionalString(item, "date", where),
            Countries: StringList(item, "country", where),
            Place: LenientString(item, "place"),
            Killed: LenientCount(item, "killed"),
            Injured: LenientCount(item, "injured"),
            PerpetratorClaimed: LenientString(item, "perpetrator_claimed"),
            Optional: IsOptional(item));

    private static GoldLoaded ReadLoaded(JsonElement item, string where) =>
        new(
            RequiredString(item, "term", where),
            StringList(item, "aliases", where),
            Enum<LoadedKind>(item, "kind", where),
            OptionalString(item, "speaker", where),
            LenientString(item, "about"),
            IsOptional(item));

    private static ImmutableArray<T> Items<T>(JsonElement root, string name, Func<JsonElement, string, T> read)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatError($"{name}: expected an array");
        }

        var items = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");
            RequireObject(element, where);
            items.Add(read(element, where));
            index++;
        }

        return items.MoveToImmutable();
    }

    private static void RequireObject(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatError($"{where}: expected an object");
        }
    }

    private static string RequiredString(JsonElement item, string name, string where)
    {
        var value = OptionalString(item, name, where);
        return string.IsNullOrWhiteSpace(value)
            ? throw new FormatError($"{Field(where, name)}: expected a non-empty string")
            : value;
    }

    private static string? OptionalString(JsonElement item, string name, string where)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatError($"{Field(where, name)}: expected a string or null");
    }

    /// <summary>A field that is not scored: a string when it is one, otherwise nothing.</summary>
    private static string? LenientString(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> StringList(JsonElement item, string name, string where)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatError($"{Field(where, name)}: expected an array of strings");
        }

        var list = ImmutableArray.CreateBuilder<string>(value.GetArrayLength());
        foreach (var element in value.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                throw new FormatError($"{Field(where, name)}: expected an array of strings");
            }

            list.Add(element.GetString()!);
        }

        return list.MoveToImmutable();
    }

    private static long? Count(JsonElement item, string name, string where)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count) && count >= 0
            ? count
            : throw new FormatError($"{Field(where, name)}: expected a whole number of at least 0");
    }

    private static long? LenientCount(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count)
            ? count
            : null;

    private static T Enum<T>(JsonElement item, string name, string where)
        where T : struct, System.Enum
    {
        var text = RequiredString(item, name, where);
        return SnakeCaseNames<T>.TryParse(text, out var value)
            ? value
            : throw new FormatError($"{Field(where, name)}: unknown value \"{text}\"; expected one of {SnakeCaseNames<T>.All}");
    }

    private static bool IsOptional(JsonElement item) =>
        item.TryGetProperty("optional", out var value) && value.ValueKind == JsonValueKind.True;

    private static string Field(string where, string name) => where.Length == 0 ? name : $"{where}.{name}";

    /// <summary>Bad gold content; caught by <see cref="GoldReader"/> and returned as a failed parse, never
    /// thrown out of the scorer's public API.</summary>
    internal sealed class FormatError(string message) : Exception(message);
}
