namespace Attest.Storage;

/// <summary>One step of the schema history: SQL that moves a store from <c>Version - 1</c> to <c>Version</c>.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
