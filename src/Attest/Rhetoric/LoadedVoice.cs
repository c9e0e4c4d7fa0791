namespace Attest.Rhetoric;

/// <summary>How the speaker of a loaded term was found; part of its rule id (<see cref="LoadedRules"/>).</summary>
public enum LoadedVoice
{
    /// <summary>No one else is reported as speaking: the document's issuer.</summary>
    Issuer,

    /// <summary>Inside a direct quotation: the quotation's speaker.</summary>
    Quote,

    /// <summary>Reported speech: the source of the sentence ("…, the ministry underlined", "according to X",
    /// "X said that …").</summary>
    Reported,

    /// <summary>A label the text reports as someone's, not the reporter's: in scare quotes, or after "called",
    /// "described as", "accused … of": it belongs to whoever is reported as using it.</summary>
    Named,
}
