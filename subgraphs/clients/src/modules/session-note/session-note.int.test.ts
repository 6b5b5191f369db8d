import { demoAuth, execute } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { clientsOf, notesOf, useClientsTestBed, type Page } from '../../test-bed.js';

/** A client's session notes, paged newest session first. */
const bed = useClientsTestBed();

describe('a trainer and their clients', () => {
  it("pages through a client's session notes, newest session first", async () => {
    const client = clientsOf('maya').find((c) => notesOf(c.id).length > 3)!;
    const query = `query($id: ID!, $after: String) { client(id: $id) { sessionNotes(first: 2, after: $after) {
      edges { node { id sessionDate subjective plan exercises { name sets reps weightKg } measurements { weightKg bodyFatPercent } privateNotes appointment { id } trainer { id } client { id } } }
      pageInfo { hasNextPage endCursor } } } }`;
    const auth = await demoAuth('maya@fitflow.demo');
    const seen: Record<string, unknown>[] = [];
    let after: string | null = null;
    do {
      const result = await execute(bed.server, query, { id: client.id, after }, auth);
      expect(result.errors).toBeUndefined();
      const page: Page<Record<string, unknown>> = result.data!.client.sessionNotes;
      seen.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(
      notesOf(client.id).map((n) => ({
        id: n.id,
        sessionDate: n.sessionDate,
        subjective: n.subjective,
        plan: n.plan,
        exercises: n.exercises,
        measurements: n.measurements,
        privateNotes: n.privateNotes,
        appointment: { id: n.appointmentId },
        trainer: { id: n.trainerId },
        client: { id: client.id },
      })),
    );
  });
});
