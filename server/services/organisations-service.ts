import type { PageQuery } from '../contract/common.js';
import { insertOrganisation, listOrganisations, type OrganisationKind } from '../db/repositories/organisations.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../domain/errors.js';
import { toPage, window } from './pages.js';

type Row = { id: string; name: string; createdAt: Date };
const toOrganisation = (r: Row) => ({ id: r.id, name: r.name, createdAt: r.createdAt.toISOString() });

export async function listOrganisationsPage(deps: Deps, kind: OrganisationKind, query: PageQuery) {
  const { limit, offset } = window(query);
  const { rows, total } = await listOrganisations(deps.database.db, kind, query.q, limit, offset);
  return toPage(rows.map(toOrganisation), total, query);
}

export async function createOrganisation(deps: Deps, kind: OrganisationKind, name: string) {
  const row = await insertOrganisation(deps.database.db, kind, name);
  if (!row) throw new DomainError('conflict', `A ${kind} with this name already exists.`);
  return toOrganisation(row);
}
