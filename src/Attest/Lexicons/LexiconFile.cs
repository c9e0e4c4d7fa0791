using System.Collections.Immutable;

namespace Attest.Lexicons;

/// <summary>Reads the lexicon format documented in <c>docs/lexicons.md</c>:
/// tab-separated <c>kind, name, aliases, attributes</c>; aliases split by <c>|</c>,
/// attributes as <c>key=value</c> pairs split by <c>;</c>; <c>#</c> starts a comment line.</summary>
public static class LexiconFile
{
    /// <summary>Parses a whole file; the first malformed line fails the file with its location.</summary>
    public static Parsed<ImmutableArray<LexiconEntry>> Parse(TextReader reader, string sourceName)
    {
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = ParseLine(line, $"{sourceName}:{lineNumber}");
            if (!parsed.Success)
            {
                return Parsed<ImmutableArray<LexiconEntry>>.Fail(parsed.Error!);
            }

            entries.Add(parsed.Value!);
        }

        return Parsed<ImmutableArray<LexiconEntry>>.Ok(entries.ToImmutable());
    }

    /// <summary>Parses one non-comment line; <paramref name="location"/> names it in errors.</summary>
    public static Parsed<LexiconEntry> ParseLine(string line, string location)
    {
        var fields = line.Split('\t');
        if (fields.Length < 2 || fields.Length > 4)
        {
            return Parsed<LexiconEntry>.Fail($"{location}: expected 2 to 4 tab-separated fields (kind, name, aliases, attributes), found {fields.Length}");
        }

        var kind = fields[0].Trim();
        var name = fields[1].Trim();
        if (kind.Length == 0 || name.Length == 0)
        {
            return Parsed<LexiconEntry>.Fail($"{location}: kind and name must not be empty");
        }

        var aliases = fields.Length > 2
            ? fields[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()
            : [];

        var attributes = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (fields.Length > 3)
        {
            foreach (var pair in fields[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    return Parsed<LexiconEntry>.Fail($"{location}: attribute \"{pair}\" is not key=value");
                }

                var key = pair[..eq].Trim();
                if (!attributes.TryAdd(key, pair[(eq + 1)..].Trim()))
                {
                    return Parsed<LexiconEntry>.Fail($"{location}: attribute \"{key}\" given twice");
                }
            }
        }

        return Parsed<LexiconEntry>.Ok(new LexiconEntry(kind, name, aliases, attributes.ToImmutable(), location));
    }
}
