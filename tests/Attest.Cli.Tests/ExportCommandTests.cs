using System.Text.Json;

namespace Attest.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly IncidentTestStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Csv_has_acled_column_names_and_one_row_per_incident()
    {
        var run = store.Run("export", "--format", "csv", "--lexicon", store.LexiconPath);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,event_type,actor1,country,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,", lines[0]);
        Assert.Equal(4, lines.Length);
        var riot = lines.Single(l => l.Contains(",Riots,", StringComparison.Ordinal));
        Assert.Contains(",2024-03-09,2024,1,Riots,", riot);
        Assert.Contains(",XE,Brennik,45.64,-31.88,1,", riot);
        Assert.Contains("North Courier; South Ledger; River Portal", riot);
        Assert.Contains("injured disputed: 3 (1) vs 4 (1).", riot);
        Assert.Contains(",1998-01-01,1998,3,Battles,", run.Out);
    }

    [Fact]
    public void Csv_quotes_fields_and_defuses_formulas_in_untrusted_text()
    {
        var run = store.Run("export", "--format", "csv");

        var shelling = run.Out.Split("\r\n").Single(l => l.Contains("Explosions/Remote violence", StringComparison.Ordinal));
        Assert.Contains(",\"artillery, \"\"heavy\"\"\",", shelling);
        Assert.Contains(",'=cmd|' /C calc'!A0,", shelling);
        Assert.Contains(",2,", shelling);
    }

    [Fact]
    public void Json_export_is_one_object_with_every_incident()
    {
        var run = store.Run("export", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("attest.incidents/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("incidents").GetArrayLength());
    }

    [Fact]
    public void GeoJson_export_puts_longitude_first_and_leaves_unknown_places_without_geometry()
    {
        var run = store.Run("export", "--format", "geojson", "--lexicon", store.LexiconPath);

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);
        var riot = features.Single(f => f.GetProperty("properties").GetProperty("event_type").GetString() == "riots");
        var coordinates = riot.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(-31.88, coordinates[0].GetDouble());
        Assert.Equal(45.64, coordinates[1].GetDouble());
        Assert.Contains(features, f => f.GetProperty("geometry").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Export_writes_to_a_file_when_asked_and_honours_filters()
    {
        var path = store.Combine("out.csv");

        var run = store.Run("export", "--format", "csv", "--output", path, "--country", "XV");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(2, File.ReadAllText(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var run = store.Run("export", "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }
}
