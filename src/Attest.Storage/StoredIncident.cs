using Attest.Linking;

namespace Attest.Storage;

/// <summary>An incident as kept in the store: its id and the incident rebuilt from its accounts.</summary>
/// <param name="Id">The store's id for the incident. Incidents that new documents touch are relinked and get new
/// ids; others keep theirs.</param>
public sealed record StoredIncident(long Id, Incident Incident);
