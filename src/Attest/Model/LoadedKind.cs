namespace Attest.Model;

/// <summary>Kinds of loaded language (see the gold format).</summary>
public enum LoadedKind
{
    Other,
    TerrorLabel,
    ExtremismLabel,
    Dehumanising,
    AggressionLabel,
    AtrocityLabel,
    DisinformationLabel,
    Intensifier,
}
