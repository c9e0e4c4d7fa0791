using Attest.Model;

namespace Attest.Tests.Incidents;

/// <summary>Who a detention is reported by: the speaker of a trailing ", X said", never the person detained in the
/// same clause. Every sentence and name is invented; the publication date is 20 May 2024.</summary>
public sealed class DetentionReporterTests
{
    [Theory]
    [InlineData("Amira Solen was arrested in Tbilisi on Monday, the police said.", "the police")]
    [InlineData("Amira Solen was arrested in Tbilisi on Monday, her newspaper said.", "her newspaper")]
    [InlineData("Amira Solen was detained at a checkpoint in Tbilisi on Monday, the ministry said.", "the ministry")]
    [InlineData("Dario Venn has been abducted near the bridge in Tbilisi, his family said on Tuesday.", "his family")]
    [InlineData("Amira Solen was arrested in Tbilisi on Monday, the Harbour Gazette reported.", "Harbour Gazette")]
    [InlineData("Amira Solen was arrested in Tbilisi on Monday, Dario Venn said.", "Dario Venn")]
    [InlineData("Amira Solen was arrested in Tbilisi on Monday, said her editor on Tuesday.", "her editor")]
    [InlineData("Police arrested journalist Amira Solen in Tbilisi on Monday, her lawyer said.", "her lawyer")]
    [InlineData("Police arrested Amira Solen in Tbilisi on Monday, her lawyer said.", "her lawyer")]
    public void Attributes_a_detention_to_the_speaker_of_the_trailing_said_clause(string text, string expected)
    {
        var report = Assert.Single(IncidentPipeline.Find(text).Reports);
        Assert.Equal(Modality.Reported, report.Modality);
        Assert.Equal(expected, report.ReportedBy);
    }

    [Theory]
    [InlineData("Amira Solen was arrested in Tbilisi on Monday, the police said.")]
    [InlineData("Police arrested journalist Amira Solen in Tbilisi on Monday, her lawyer said.")]
    [InlineData("Amira Solen and Dario Venn were detained in Tbilisi on Monday, the ministry said.")]
    public void Never_attributes_a_detention_to_the_person_detained(string text)
    {
        var report = Assert.Single(IncidentPipeline.Find(text).Reports);
        Assert.NotEqual("Amira Solen", report.ReportedBy);
        Assert.NotEqual("Dario Venn", report.ReportedBy);
    }

    [Theory]
    [InlineData("Amira Solen was arrested at a checkpoint in Tbilisi.")]
    [InlineData("Amira Solen and Dario Venn were detained in Tbilisi.")]
    public void Reads_the_detention_of_a_person_named_only_at_the_start_of_the_sentence(string text)
    {
        var report = Assert.Single(IncidentPipeline.Find(text).Reports);
        Assert.Equal(EventType.StrategicDevelopments, report.EventType);
        Assert.Equal("GE", Assert.Single(report.Countries));
        Assert.Equal(Modality.Asserted, report.Modality);
        Assert.Null(report.ReportedBy);
    }

    [Fact]
    public void Names_a_body_the_lexicons_know_by_its_mention_rather_than_as_written()
    {
        var report = Assert.Single(IncidentPipeline.Find("Amira Solen was arrested in Tbilisi on Monday, said the interior ministry.").Reports);
        Assert.Equal("Interior Ministry of Georgia", report.ReportedBy);
    }

    [Theory]
    [InlineData("Her newspaper said Amira Solen was arrested at a checkpoint in Tbilisi.", "Her newspaper")]
    [InlineData("The police said on Monday that Amira Solen had been detained in Tbilisi.", "The police")]
    [InlineData("Dario Venn said Amira Solen was arrested at a checkpoint in Tbilisi.", "Dario Venn")]
    public void Attributes_a_detention_to_the_speaker_of_a_leading_said_clause(string text, string expected)
    {
        var report = Assert.Single(IncidentPipeline.Find(text).Reports);
        Assert.Equal(expected, report.ReportedBy);
    }

    [Fact]
    public void Keeps_a_detainee_who_speaks_in_another_clause_as_the_reporter()
    {
        var report = Assert.Single(IncidentPipeline.Find("Amira Solen said she was arrested at a checkpoint in Tbilisi on Monday.").Reports);
        Assert.Equal("Amira Solen", report.ReportedBy);
    }
}
