using System.Globalization;
using System.Text.Json;
using Attest.Json;
using Attest.Linking;
using Attest.Model;
using Attest.Rhetoric;
using Attest.Storage;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Attest.Cli.Rendering;

using Text = Spectre.Console.Text;

/// <summary>Renders the labels accounts use for an incident (<see cref="IncidentLabels"/>): one row per account so
/// that accounts read side by side. Every value comes from document text and is shown as <see cref="Text"/>, never
/// as markup.</summary>
internal static class LabelsView
{
    /// <summary>A table with one row per account: the document, who stands behind it, its side, the labels it uses
    /// for the incident and the motive it gives. <paramref name="current"/>, when given, is marked "this document".</summary>
    public static Table ByAccount(string title, IEnumerable<(LinkDocument Document, AccountLabels? Labels)> accounts, long? current = null)
    {
        // The labels are what a reader compares: the source column is kept narrow so they get the width.
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title))
            .AddColumn("account")
            .AddColumn(new TableColumn("source") { Width = 24 })
            .AddColumn("side")
            .AddColumn("labels")
            .AddColumn("motive");

        foreach (var (document, labels) in accounts)
        {
            var copyOf = document.SourceGroup != document.Id ? $" (copy of {document.SourceGroup.ToString(CultureInfo.InvariantCulture)})" : "";
            var self = document.Id == current ? " (this document)" : "";
            table.AddRow(
                new Text($"{document.Id.ToString(CultureInfo.InvariantCulture)} {document.Label}{copyOf}{self}"),
                new Text(Source(document.Publisher, document.Issuer)),
                new Text(document.Side ?? "—"),
                new Text(labels is null ? "(not in the document's latest analysis)" : Labels(labels)),
                new Text(labels?.Motive is { } motive ? Describe(motive) : "—"));
        }

        return table;
    }

    /// <summary>What a document calls each incident it reports: a table with one row per report (its labels, its
    /// motive and the stored incident it was linked to), then, for every stored incident that other documents also
    /// tell, the labels of every account side by side.</summary>
    /// <param name="documentId">The document's id in the store.</param>
    /// <param name="analysis">Its analysis, already read.</param>
    /// <param name="incidents">The stored incidents the document's reports belong to (<c>SqliteStore.IncidentsOf</c>).</param>
    /// <param name="labels">Reads the other accounts' labels; the document's own analysis is added to it here.</param>
    public static IEnumerable<IRenderable> ForDocument(long documentId, DocumentAnalysis analysis, IReadOnlyList<StoredIncident> incidents, StoredLabels labels)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(labels);
        var own = labels.Add(documentId, analysis);
        if (own.IsEmpty)
        {
            yield break;
        }

        var linked = new Dictionary<int, long>();
        foreach (var (id, incident) in incidents)
        {
            foreach (var account in incident.Accounts)
            {
                if (account.Document.Id == documentId && labels.IndexOf(account) is { } index)
                {
                    linked.TryAdd(index, id);
                }
            }
        }

        var table = new Table().Border(TableBorder.Rounded).Title("labels by incident reported");
        foreach (var heading in new[] { "report", "incident", "labels", "motive" })
        {
            table.AddColumn(heading);
        }

        for (var i = 0; i < own.Length; i++)
        {
            var report = own[i].Report;
            var what = string.Join(" · ", new[] { JsonNames.Of(report.EventType), report.Place, report.Date }.OfType<string>());
            table.AddRow(
                new Text($"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {what}"),
                new Text(linked.TryGetValue(i, out var incidentId) ? incidentId.ToString(CultureInfo.InvariantCulture) : "—"),
                new Text(Labels(own[i])),
                new Text(own[i].Motive is { } motive ? Describe(motive) : "—"));
        }

        yield return table;
        foreach (var (id, incident) in incidents)
        {
            if (incident.Accounts.All(a => a.Document.Id == documentId))
            {
                continue;
            }

            yield return ByAccount(
                $"incident {id.ToString(CultureInfo.InvariantCulture)}: labels by account",
                incident.Accounts.Select(a => (a.Document, labels.Of(a))),
                documentId);
        }
    }

    /// <summary>The labels of one account, one per line, or a dash when it uses none.</summary>
    public static string Labels(AccountLabels labels) =>
        labels.Labels.IsEmpty ? "—" : string.Join("\n", labels.Labels.Select(Describe));

    /// <summary>A label as <c>term (kind, speaker) [marks] → about</c>: the marks say when it is not the document's
    /// own voice (quoted, reported, named) and when it is not a use (negated, hypothetical, denied, distanced).</summary>
    public static string Describe(IncidentLabel label)
    {
        var term = label.Term;
        var text = $"{term.Term} ({JsonNames.Of(term.Kind)}{(term.Speaker is null ? "" : ", " + term.Speaker)})";
        var marks = Marks(label);
        if (marks.Count > 0)
        {
            text += " [" + string.Join(", ", marks) + "]";
        }

        return term.About is null ? text : $"{text} → {term.About}";
    }

    /// <summary>The motive as <c>motive (speaker)</c>.</summary>
    public static string Describe(IncidentMotive motive) =>
        motive.Speaker is null ? motive.Text : $"{motive.Text} ({motive.Speaker})";

    /// <summary>Writes the labels and motive of one account as two JSON properties: <c>labels</c> (null when the
    /// document's analysis cannot be read) and <c>motive_framing</c>.</summary>
    public static void WriteJson(Utf8JsonWriter w, AccountLabels? labels)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (labels is null)
        {
            w.WriteNull("labels");
            w.WriteNull("motive_framing");
            return;
        }

        w.WriteStartArray("labels");
        foreach (var label in labels.Labels)
        {
            var term = label.Term;
            w.WriteStartObject();
            w.WriteString("term", term.Term);
            w.WriteString("kind", JsonNames.Of(term.Kind));
            w.WriteString("speaker", term.Speaker);
            w.WriteString("about", term.About);
            w.WriteString("voice", label.Voice is { } voice ? JsonNames.Of(voice) : null);
            w.WriteString("modality", JsonNames.Of(label.Modality));
            w.WriteString("link", JsonNames.Of(label.Link));
            w.WriteNumber("start", term.Evidence.Primary.Start);
            w.WriteNumber("length", term.Evidence.Primary.Length);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (labels.Motive is not { } motive)
        {
            w.WriteNull("motive_framing");
            return;
        }

        w.WriteStartObject("motive_framing");
        w.WriteString("text", motive.Text);
        w.WriteString("speaker", motive.Speaker);
        if (motive.Span is { } span)
        {
            w.WriteNumber("start", span.Start);
            w.WriteNumber("length", span.Length);
        }
        else
        {
            w.WriteNull("start");
            w.WriteNull("length");
        }

        w.WriteEndObject();
    }

    private static List<string> Marks(IncidentLabel label)
    {
        var marks = new List<string>(2);
        switch (label.Voice)
        {
            case LoadedVoice.Quote:
                marks.Add("quoted");
                break;
            case LoadedVoice.Reported:
                marks.Add("reported");
                break;
            case LoadedVoice.Named:
                marks.Add("named");
                break;
        }

        if (!label.IsUse)
        {
            marks.Add(JsonNames.Of(label.Modality));
        }

        return marks;
    }

    private static string Source(string? publisher, string? issuer) =>
        (publisher, issuer) switch
        {
            (null, null) => "—",
            (null, _) => issuer!,
            (_, null) => publisher!,
            _ when string.Equals(publisher, issuer, StringComparison.OrdinalIgnoreCase) => publisher!,
            _ => $"{publisher} / {issuer}",
        };
}
