import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EVENT_CATALOGUE } from "@/lib/events/catalogue";
import type { EventDefinition } from "@/lib/events/define-event";
import { eventAudienceOrgs } from "@/lib/events/event-audience";

const entries = Object.entries(EVENT_CATALOGUE as Record<string, EventDefinition>);

describe("event audiences", () => {
  it("names only payload fields that hold an org id, on public events", () => {
    const withAudience = entries.filter(([, definition]) => definition.audience?.length);
    expect(withAudience.map(([name]) => name).sort()).toEqual(["deal_room.member_invited", "deal_room.nda_accepted", "deal_room.opened", "qa.question_answered"]);
    for (const [name, definition] of withAudience) {
      expect(definition.public, name).toBe(true);
      const shape = (definition.payload as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape;
      for (const field of definition.audience!) {
        expect(shape[field], `${name}.${field}`).toBeDefined();
        expect([shape[field]!.safeParse(randomUUID()).success, shape[field]!.safeParse("not-an-id").success], `${name}.${field}`).toEqual([true, false]);
      }
    }
  });

  it("reads the audience from the payload, without the org that acted, and nothing for an event without one", () => {
    const [ally, investor] = [randomUUID(), randomUUID()];
    const room = { dealRoomId: randomUUID(), projectId: randomUUID() };
    expect(eventAudienceOrgs("deal_room.opened", { orgId: ally, ...room, investorOrgId: investor })).toEqual([investor]);
    expect(eventAudienceOrgs("deal_room.member_invited", { orgId: ally, ...room, memberOrgId: ally })).toEqual([]);
    expect(eventAudienceOrgs("deal_room.document_shared", { orgId: ally, ...room, documentId: randomUUID(), investorOrgId: investor })).toEqual([]);
    expect(eventAudienceOrgs("no.such_event", { orgId: ally })).toEqual([]);
  });
});
