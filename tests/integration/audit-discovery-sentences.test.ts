import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import type { AuditQuery } from "@/lib/audit/schemas";
import { sentenceText } from "@/lib/audit/sentence-parts";
import { updateListingSettings } from "@/lib/marketplace/update-listing-settings";
import { setProjectWatch } from "@/lib/marketplace/set-project-watch";
import { createSavedSearch, deleteSavedSearch, updateSavedSearch } from "@/lib/marketplace/saved-searches/save-search";
import { DEFAULT_DIMENSION_WEIGHTS } from "@/lib/matching/engine/match-dimensions";
import { recordRescoreAudits } from "@/lib/matching/engine/record-rescore-audits";
import { expressInterest } from "@/lib/matching/inbox/express-interest";
import { postMatchMessage } from "@/lib/matching/inbox/post-match-message";
import { proposeProject } from "@/lib/matching/inbox/propose-project";
import { transitionMatch } from "@/lib/matching/inbox/transition-match";
import { updateMatchNotes } from "@/lib/matching/inbox/update-match-notes";
import { createMandate } from "@/lib/matching/mandates/create-mandate";
import { deleteMandate } from "@/lib/matching/mandates/delete-mandate";
import { rateMatch } from "@/lib/matching/mandates/rate-match";
import { createMandateSchema, updateMandateSchema } from "@/lib/matching/mandates/schemas";
import { setMandateActive } from "@/lib/matching/mandates/set-mandate-active";
import { updateMandate } from "@/lib/matching/mandates/update-mandate";
import { createTenant, createTenantProject, db } from "../support/test-db";

const query: AuditQuery = { page: 1, pageSize: 100 };
const log = async (reader: Actor) => (await listAuditLogs(reader, query)).rows.map((row) => sentenceText(row.sentence));
/** Every sentence, and nothing else; in any order, as writes a millisecond apart may share a timestamp. */
const expectSentences = (actual: string[], expected: unknown[]) => {
  expect(actual).toEqual(expect.arrayContaining(expected));
  expect(actual).toHaveLength(expected.length);
};

const form = (name: string, overrides: Record<string, unknown> = {}) => ({
  name,
  projectTypes: ["SOLAR", "WIND"],
  geographies: ["KE"],
  stages: ["DEVELOPMENT"],
  ticketSizeMin: "100000",
  ticketSizeMax: "5000000",
  currency: "USD",
  dimensionWeights: DEFAULT_DIMENSION_WEIGHTS,
  ...overrides,
});

const rescoreAudit = (entityType: "Project" | "InvestorMandate", entityId: string, orgId: string, counts: { upserted: number; removed: number }) =>
  db.$transaction((tx) =>
    recordRescoreAudits(tx, "matching/rescore", { entityType, entityId, scope: entityType === "Project" ? "project" : "mandate" }, new Map([[orgId, counts]])),
  );

describe("investor discovery in the audit log", () => {
  it("tells the investor's and the ally's sides of a match in sentences, naming only what each side may see", async () => {
    const investor = await createTenant({ type: "INVESTOR", role: "admin" });
    const ally = await createTenant({ type: "ALLY", role: "admin" });
    const lodwar = await createTenantProject(ally, { name: "Lodwar Solar", isPublished: true, country: "KE" });
    const kainuk = await createTenantProject(ally, { name: "Kainuk Wind", isPublished: true, country: "KE", projectType: "WIND" });
    const draft = await createTenantProject(ally, { name: "Secret Draft" });

    const mandate = await createMandate(investor, createMandateSchema.parse(form("East Africa solar")));
    await updateMandate(investor, updateMandateSchema.parse({ ...form("East Africa solar", { ticketSizeMin: "250000" }), mandateId: mandate.id }));
    await setMandateActive(investor, { mandateId: mandate.id, active: false });
    await setMandateActive(investor, { mandateId: mandate.id, active: true });
    const open = await createMandate(investor, createMandateSchema.parse(form("Open to proposals", { isDiscoverable: true })));
    const dropped = await createMandate(investor, createMandateSchema.parse(form("Old thesis")));
    await deleteMandate(investor, dropped.id);

    const matchId = await expressInterest(investor, lodwar.id, mandate.id);
    await rateMatch(investor, { matchId, rating: 1, comment: "Strong fit" });
    await rateMatch(investor, { matchId, rating: -1, comment: "Strong fit" });
    await updateMatchNotes(investor, { matchId, notes: "Call them on Monday" });
    await postMatchMessage(investor, { matchId, content: "Could we see the grid study?" });
    await setProjectWatch(investor, { projectId: lodwar.id, watching: true });
    await setProjectWatch(investor, { projectId: lodwar.id, watching: false });
    const { id: searchId } = await createSavedSearch(investor, { name: "Solar in Kenya", query: "?q=solar&country=KE", notify: true });
    await updateSavedSearch(investor, { savedSearchId: searchId, notify: false });
    await updateSavedSearch(investor, { savedSearchId: searchId, name: "Kenyan solar" });
    await deleteSavedSearch(investor, searchId);
    await rescoreAudit("Project", lodwar.id, investor.org.id, { upserted: 2, removed: 1 });
    await rescoreAudit("Project", draft.id, investor.org.id, { upserted: 0, removed: 1 });

    await transitionMatch(ally, { matchId, to: "CONNECTED" });
    await proposeProject(ally, { projectId: kainuk.id, mandateId: open.id });
    await updateListingSettings(ally, { projectId: lodwar.id, showMilestones: true, showBudget: false, showSignalScore: true, showDocuments: false });
    await rescoreAudit("InvestorMandate", open.id, ally.org.id, { upserted: 1, removed: 0 });
    await rescoreAudit("InvestorMandate", mandate.id, ally.org.id, { upserted: 1, removed: 0 });

    const me = investor.user.fullName;
    expectSentences(await log(investor), [
      `${me} created mandate “East Africa solar”`,
      `${me} changed the minimum ticket of mandate “East Africa solar” from 100,000 to 250,000`,
      `${me} paused mandate “East Africa solar”: it is not matched until resumed`,
      `${me} resumed mandate “East Africa solar”`,
      `${me} created mandate “Open to proposals”`,
      `${me} created mandate “Old thesis”`,
      `${me} deleted mandate “Old thesis”`,
      expect.stringMatching(new RegExp(`^${me} expressed interest in Lodwar Solar under mandate “East Africa solar” \\(score \\d+\\)$`)),
      `${me} rated the match for Lodwar Solar thumbs up, with a comment`,
      `${me} changed their rating of the match for Lodwar Solar to thumbs down`,
      `${me} edited their private notes on the match for Lodwar Solar`,
      `${me} wrote in the conversation on the match for Lodwar Solar`,
      `${me} started watching Lodwar Solar`,
      `${me} stopped watching Lodwar Solar`,
      `${me} saved the marketplace search “Solar in Kenya”, with notices of new projects`,
      `${me} turned off the notices of saved search “Solar in Kenya”`,
      `${me} renamed saved search “Solar in Kenya” to “Kenyan solar”`,
      `${me} deleted saved search “Kenyan solar”`,
      "The system rescored the matches of Lodwar Solar: 2 matches scored, 1 match removed",
      // The ally's draft is not on the marketplace: its name is not the investor's to read.
      "The system rescored the matches of a project: 1 match removed",
    ]);

    const allyMe = ally.user.fullName;
    expectSentences(await log(ally), [
      `${allyMe} changed the status of the match for Lodwar Solar from Interested to Connected`,
      expect.stringMatching(new RegExp(`^${allyMe} proposed Kainuk Wind to mandate “Open to proposals” \\(score \\d+\\)$`)),
      `${allyMe} changed what investors see of Lodwar Solar: now hiding the budget and public documents`,
      "The system rescored the matches of mandate “Open to proposals”: 1 match scored",
      // A private mandate's name is the investor's own.
      "The system rescored the matches of a mandate: 1 match scored",
    ]);
  });
});
