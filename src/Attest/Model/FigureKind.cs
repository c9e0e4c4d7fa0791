namespace Attest.Model;

/// <summary>What a casualty or event figure counts.</summary>
public enum FigureKind
{
    Other,
    Killed,
    Injured,
    Detained,
    Attacks,
    Losses,
}
