using System.Globalization;
using Attest.Linking;
using Attest.Model;
using Attest.Text;

namespace Attest.Benchmarks;

/// <summary>Generated incident reports for the linker benchmark: underlying incidents spread over 80 countries
/// (a few busy ones, a long tail), 60 places each and ten years, each told by one to eight documents that give
/// the date at different precisions (mostly a day, sometimes a day off, a month, a year, a night, no date or no
/// year), leave out the place or target, and disagree on casualties and perpetrators. Deterministic: a fixed
/// xorshift sequence, no clock.</summary>
public static class LinkerCorpus
{
    private static readonly string[] Perpetrators = ["unidentified gunmen", "government forces", "rebel fighters", "a crowd", "protesters", "militia", "artillery units", "police"];

    /// <summary><paramref name="count"/> reports, shuffled so that accounts of one incident are far apart.</summary>
    public static List<LinkReport> Reports(int count)
    {
        var random = new XorShift(0x9E3779B97F4A7C15UL);
        var countries = Enumerable.Range(0, 80).Select(i => $"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}").ToArray();
        var places = countries.Select(c => Enumerable.Range(0, 60).Select(p => $"{c} town {p.ToString(CultureInfo.InvariantCulture)}").ToArray()).ToArray();
        var types = Enum.GetValues<EventType>();
        var targets = Enum.GetValues<TargetCategory>();
        var evidence = Evidence.Of(new Span(0, 10), "bench");
        var start = new DateOnly(2015, 1, 1).DayNumber;
        var documentsCount = Math.Max(1, count / 3);
        var documents = new LinkDocument[documentsCount];
        for (var d = 0; d < documentsCount; d++)
        {
            documents[d] = new LinkDocument(d, null, "Outlet " + (d % 5000).ToString(CultureInfo.InvariantCulture), null, countries[d % countries.Length], d);
        }

        var reports = new List<LinkReport>(count);
        var index = new int[documentsCount];
        while (reports.Count < count)
        {
            // Busy countries: the square of a uniform number favours low indexes.
            var u = random.NextDouble();
            var country = (int)(u * u * countries.Length);
            var place = places[country][random.Next(60)];
            var day = start + random.Next(3650);
            var type = types[random.Next(types.Length)];
            var target = targets[random.Next(targets.Length)];
            var killed = random.Next(4) == 0 ? random.Next(30) : (int?)null;
            var accounts = 1 + random.Next(8);
            for (var a = 0; a < accounts && reports.Count < count; a++)
            {
                var document = documents[random.Next(documentsCount)];
                var date = DateOf(day, random);
                var report = new IncidentReport(
                    type,
                    random.Next(7) == 0 ? null : target,
                    date,
                    [countries[country]],
                    random.Next(10) == 0 ? null : place,
                    random.Next(3) == 0 ? null : Perpetrators[random.Next(Perpetrators.Length)],
                    killed is { } k && random.Next(5) == 0 ? k + 1 + random.Next(3) : killed,
                    random.Next(3) == 0 ? random.Next(50) : null,
                    null,
                    Modality.Asserted,
                    null,
                    evidence);
                reports.Add(new LinkReport(document, index[document.Id]++, report));
            }
        }

        for (var i = reports.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (reports[i], reports[j]) = (reports[j], reports[i]);
        }

        return reports;
    }

    private static string? DateOf(int day, XorShift random)
    {
        var date = DateOnly.FromDayNumber(day);
        var roll = random.Next(100);
        return roll switch
        {
            < 72 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            < 80 => DateOnly.FromDayNumber(day + (random.Next(2) == 0 ? -1 : 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            < 88 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            < 92 => date.Year.ToString(CultureInfo.InvariantCulture),
            < 95 => date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            < 98 => null,
            _ => "XXXX-" + date.ToString("MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private sealed class XorShift(ulong state)
    {
        public int Next(int bound) => (int)(NextULong() % (ulong)bound);

        public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

        private ulong NextULong()
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        }
    }
}
