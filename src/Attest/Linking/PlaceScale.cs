namespace Attest.Linking;

/// <summary>How much ground a place name covers, which decides whether two different names can be one place.</summary>
public enum PlaceScale
{
    /// <summary>Not in the gazetteer; treated like <see cref="Local"/>, since most unknown names are towns.</summary>
    Unknown,

    /// <summary>A city, town or village: two different local places are two places.</summary>
    Local,

    /// <summary>A country or region: it may contain any local place of the same country.</summary>
    Broad,
}
