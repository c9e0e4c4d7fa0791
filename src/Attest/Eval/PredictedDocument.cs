using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Eval;

/// <summary>What the system found in one document, ready to be scored.</summary>
/// <param name="Doc">The document's file name, as in the gold <c>doc</c> field.</param>
/// <param name="IncidentClusters">The cross-document incident id assigned to each of
/// <c>Analysis.Incidents</c>, index for index (null: none). Empty or default means no incident was linked.</param>
public sealed record PredictedDocument(string Doc, DocumentAnalysis Analysis, ImmutableArray<string?> IncidentClusters);
