using System.Collections.Immutable;
using Attest.Json;
using Attest.Linking;
using Attest.Model;
using Attest.Rhetoric;
using Attest.Storage;

namespace Attest.Cli.Rendering;

/// <summary>The labels of stored accounts: reads each document's latest analysis once and finds the labels of the
/// report an account was linked from (<see cref="IncidentLabels"/>).</summary>
internal sealed class StoredLabels(SqliteStore db)
{
    private readonly Dictionary<long, (DocumentAnalysis Analysis, ImmutableArray<AccountLabels> Labels)?> documents = [];

    /// <summary>The labels of <paramref name="account"/>, or null when its document has no readable analysis or
    /// the analysis no longer holds the report (the document was analysed again since it was linked).</summary>
    public AccountLabels? Of(LinkReport account) =>
        IndexOf(account) is { } index ? documents[account.Document.Id]!.Value.Labels[index] : null;

    /// <summary>The position of <paramref name="account"/>'s report among its document's analysed incident reports,
    /// or null when it cannot be found (see <see cref="Of"/>).</summary>
    public int? IndexOf(LinkReport account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (Load(account.Document.Id) is not { } loaded)
        {
            return null;
        }

        var reports = loaded.Analysis.Incidents;
        if (account.Index >= 0 && account.Index < reports.Length && SameReport(reports[account.Index], account.Report))
        {
            return account.Index;
        }

        for (var i = 0; i < reports.Length; i++)
        {
            if (SameReport(reports[i], account.Report))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Adds an analysis already read, so its document is not read again.</summary>
    public ImmutableArray<AccountLabels> Add(long documentId, DocumentAnalysis analysis)
    {
        var labels = IncidentLabels.Of(analysis);
        documents[documentId] = (analysis, labels);
        return labels;
    }

    private (DocumentAnalysis Analysis, ImmutableArray<AccountLabels> Labels)? Load(long documentId)
    {
        if (!documents.TryGetValue(documentId, out var loaded))
        {
            var json = db.AnalysisJson(documentId);
            var parsed = json is null ? null : AnalysisJson.Read(json);
            loaded = parsed is { Success: true, Value: { } analysis } ? (analysis, IncidentLabels.Of(analysis)) : null;
            documents[documentId] = loaded;
        }

        return loaded;
    }

    /// <summary>The store keeps a report's first evidence span and rule: the report of the analysis with the same
    /// ones (and type) is the one that was linked.</summary>
    private static bool SameReport(IncidentReport analysed, IncidentReport stored) =>
        analysed.EventType == stored.EventType
        && !analysed.Evidence.Spans.IsDefaultOrEmpty
        && !stored.Evidence.Spans.IsDefaultOrEmpty
        && analysed.Evidence.Primary == stored.Evidence.Primary
        && string.Equals(analysed.Evidence.RuleId, stored.Evidence.RuleId, StringComparison.Ordinal);
}
