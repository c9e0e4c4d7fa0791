namespace Attest.Model;

/// <summary>A country, region, city or district.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code, when known.</param>
public sealed record PlaceMention(string Name, string? Country, GeoPoint? Coordinates, Evidence Evidence);
