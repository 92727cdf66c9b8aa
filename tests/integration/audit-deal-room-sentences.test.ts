import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AUDIT_SENTENCES } from "@/lib/audit/audit-sentences";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import type { AuditQuery } from "@/lib/audit/schemas";
import { sentenceText } from "@/lib/audit/sentence-parts";
import { acceptNda } from "@/lib/deal-rooms/accept-nda";
import { inviteRoomMember, removeRoomMember } from "@/lib/deal-rooms/manage-room-members";
import { openDealRoom } from "@/lib/deal-rooms/open-deal-room";
import { openDealRoomSchema, inviteMemberSchema } from "@/lib/deal-rooms/schemas";
import { shareRoomDocument, unshareRoomDocument } from "@/lib/deal-rooms/share-room-documents";
import { setRoomStatus, updateRoomNda } from "@/lib/deal-rooms/update-room-settings";
import { createDocument, createMatch } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const query: AuditQuery = { page: 1, pageSize: 100 };
const log = async (reader: Actor) => (await listAuditLogs(reader, query)).rows.map((row) => sentenceText(row.sentence));
const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("deal rooms in the audit log", () => {
  it("has a sentence for every action lib/deal-rooms audits", () => {
    const dir = path.join(import.meta.dirname, "../../lib/deal-rooms");
    const actions = readdirSync(dir)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => readFileSync(path.join(dir, file), "utf8").split("\n"))
      .filter((line) => /\baction: /.test(line))
      .flatMap((line) => [...line.matchAll(/"(deal_room\.[a-z_]+)"/g)].map((m) => m[1]!));
    expect(actions).toEqual(expect.arrayContaining(["deal_room.opened", "deal_room.nda_accepted", "deal_room.status_changed"]));
    expect(actions.filter((code) => !(code in AUDIT_SENTENCES))).toEqual([]);
  });

  it("says who opened, invited, shared, accepted and closed, naming the room, the org and the document", async () => {
    const ally = await createTenant({ type: "ALLY", role: "manager" });
    const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
    const project = await createTenantProject(ally);
    await createMatch(db, { investorOrgId: investor.org.id, projectId: project.id, status: "CONNECTED" });
    const document = await createDocument(db, { orgId: ally.org.id, uploadedBy: ally.user.id, projectId: project.id, name: "Teaser.pdf", classification: "PUBLIC" });
    const room = await openDealRoom(ally, openDealRoomSchema.parse({ projectId: project.id, investorOrgId: investor.org.id, name: "Equity raise", ndaText: "NDA v1" }));
    await inviteRoomMember(ally, inviteMemberSchema.parse({ roomId: room.id, orgId: investor.org.id, accessLevel: "downloader", canSeeFinancial: true }));
    await shareRoomDocument(ally, { roomId: room.id, documentId: document.id });
    await unshareRoomDocument(ally, { roomId: room.id, documentId: document.id });
    await updateRoomNda(ally, { roomId: room.id, ndaRequired: true, ndaText: "NDA v2" });
    await acceptNda(investor, { roomId: room.id, typedName: "Priya Nair", ndaSha256: sha("NDA v2") });
    await removeRoomMember(ally, { roomId: room.id, orgId: investor.org.id });
    await setRoomStatus(ally, { roomId: room.id, status: "archived" });
    const me = ally.user.fullName;
    const org = investor.org.name;
    expect(await log(ally)).toEqual(
      expect.arrayContaining([
        `${me} opened the deal room “Equity raise” with an NDA`,
        `${me} invited ${org} into “Equity raise” (view only)`,
        `${me} changed what ${org} may do in “Equity raise” from view only to view and download, financial documents included`,
        `${me} shared Teaser.pdf in “Equity raise”`,
        `${me} stopped sharing Teaser.pdf in “Equity raise”`,
        `${me} changed the NDA of “Equity raise” to version ${sha("NDA v2").slice(0, 12)}…`,
        `${me} removed ${org} from “Equity raise”`,
        `${me} archived the deal room “Equity raise”`,
      ]),
    );
    expect(await log(investor)).toEqual([`${investor.user.fullName} accepted the NDA of “Equity raise” as “Priya Nair” (version ${sha("NDA v2").slice(0, 12)}…)`]);
  });

  it("reads an entry with missing names without failing", () => {
    const say = (action: string, after: Record<string, unknown>) =>
      sentenceText(describeAuditEntry({ action, entityType: "DealRoom", actor: null, entity: null, before: null, after: after as never, ref: () => null }));
    expect(say("deal_room.member_invited", {})).toBe("The system invited an investor into a deal room (view only)");
    expect(say("deal_room.status_changed", { status: "closed" })).toBe("The system closed a deal room");
  });
});
