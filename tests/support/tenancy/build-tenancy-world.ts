/**
 * Two orgs of each kind with one of everything an action or route can name: the victim's rows
 * are what the attacker's calls aim at, the attacker's own rows are for mixed calls (my project,
 * your milestone). Each record is in the state where the call would succeed for its owner (a
 * stored PDF with extracted text, a redaction awaiting review, a FAILED job run, a stored cover,
 * a match the investor is interested in), so a refusal can only come from the tenant check. Built
 * with the app's own lib functions where those exist, so the rows look as the app writes them.
 *
 * The marketplace is cross-org by design: a listed project is any investor's to watch or take an
 * interest in, a discoverable mandate any ally's to propose to. So each ally also has a draft
 * project (`project`, never listed) and each investor a private mandate (`mandate`): those are
 * what another org must not reach.
 */
import { randomUUID } from "node:crypto";
import { createCovenant } from "@/lib/covenants/create-covenant";
import { createCovenantSchema } from "@/lib/covenants/schemas";
import { addHolding } from "@/lib/portfolios/add-holding";
import { setKpiTargetSchema } from "@/lib/project-kpis/schemas";
import { setKpiTarget } from "@/lib/project-kpis/set-kpi-target";
import { recordCashFlow } from "@/lib/portfolios/record-cash-flow";
import { addHoldingSchema, recordCashFlowSchema } from "@/lib/portfolios/schemas";
import type { Actor } from "@/lib/auth/actor";
import { createFolder } from "@/lib/dataroom/create-folder";
import { acceptNda } from "@/lib/deal-rooms/accept-nda";
import { inviteRoomGuest } from "@/lib/deal-rooms/guests/invite-room-guest";
import { redeemGuestInvite } from "@/lib/deal-rooms/guests/redeem-guest-invite";
import { ndaSha256 } from "@/lib/deal-rooms/nda-sha256";
import { openDealRoom } from "@/lib/deal-rooms/open-deal-room";
import { openDealRoomSchema } from "@/lib/deal-rooms/schemas";
import { shareRoomDocument } from "@/lib/deal-rooms/share-room-documents";
import { createShareLink } from "@/lib/dataroom/share/create-share-link";
import { verifyShareToken } from "@/lib/dataroom/share/share-token";
import { expressInterest } from "@/lib/matching/inbox/express-interest";
import { DEFAULT_DIMENSION_WEIGHTS } from "@/lib/matching/engine/match-dimensions";
import { createMandate } from "@/lib/matching/mandates/create-mandate";
import { createMandateSchema } from "@/lib/matching/mandates/schemas";
import { addToPipeline } from "@/lib/pipeline/add-to-pipeline";
import { moveDealStage } from "@/lib/pipeline/move-deal-stage";
import { addToPipelineSchema, moveDealStageSchema } from "@/lib/pipeline/schemas";
import { askQuestion } from "@/lib/qa/ask-question";
import { saveDraftAnswer } from "@/lib/qa/save-draft-answer";
import { askQuestionSchema, saveDraftAnswerSchema } from "@/lib/qa/schemas";
import { putObject } from "@/lib/storage/objects";
import type { DocumentClassification } from "@/lib/db/generated/client";
import { createMatch, createNotification, createPortfolio, createSignalScore, createUser } from "@/prisma/factories";
import { pdfWithPages, TINY_PNG } from "../dataroom-fixtures";
import { createTenant, createTenantProject, db } from "../test-db";

const PAGES = ["Grid connection agreement", "Signed by Wanjiru Kamau, wanjiru@example.com"];

/** A READY PDF whose bytes are in storage and whose text was extracted, as processing leaves it. */
async function storedPdf(
  actor: Actor,
  owner: { projectId?: string; portfolioId?: string },
  folderId: string | null,
  classification: DocumentClassification = "CONFIDENTIAL",
) {
  const bytes = await pdfWithPages(PAGES);
  const s3Key = `orgs/${actor.org.id}/dataroom/${randomUUID()}.pdf`;
  await putObject(s3Key, bytes, "application/pdf", bytes.length);
  const document = await db.document.create({
    data: {
      orgId: actor.org.id,
      ...owner,
      folderId,
      name: `Grid study ${randomUUID().slice(0, 8)}.pdf`,
      fileType: "pdf",
      mimeType: "application/pdf",
      s3Key,
      s3Bucket: process.env.S3_BUCKET!,
      fileSizeBytes: bytes.length,
      status: "READY",
      uploadedBy: actor.user.id,
      checksumSha256: "c".repeat(64),
      classification,
    },
  });
  await db.documentExtraction.create({
    data: {
      documentId: document.id,
      extractionType: "TEXT",
      status: "COMPLETED",
      pageCount: PAGES.length,
      result: { pages: PAGES.map((text, i) => ({ page: i + 1, text })) },
    },
  });
  return document;
}

/** An ALLY org's draft project with everything hanging off it, and a listed project with a PUBLIC document. */
async function buildAllySide(actor: Actor) {
  const created = await createTenantProject(actor, {
    milestones: [
      { name: "Land lease signed", targetDate: "2027-01-15" },
      { name: "Grid study", targetDate: "2027-03-01" },
    ],
    budget: [{ category: "EPC", description: "Engineering, procurement and construction", estimated: "1200000" }],
  });
  const coverKey = `orgs/${actor.org.id}/project-covers/${randomUUID()}.png`;
  await putObject(coverKey, TINY_PNG, "image/png", TINY_PNG.length);
  const project = await db.project.update({ where: { id: created.id }, data: { coverImageUrl: coverKey } });
  const milestones = await db.projectMilestone.findMany({ where: { projectId: project.id }, orderBy: { orderIndex: "asc" } });
  const budgetItem = await db.projectBudgetItem.findFirstOrThrow({ where: { projectId: project.id } });

  const room = { kind: "project" as const, id: project.id };
  const folder = await createFolder(actor, { room, parentFolderId: null, name: "Legal" });
  const subfolder = await createFolder(actor, { room, parentFolderId: folder.id, name: "Permits" });
  const document = await storedPdf(actor, { projectId: project.id }, subfolder.id);
  const annotation = await db.documentAnnotation.create({
    data: {
      orgId: actor.org.id,
      documentId: document.id,
      userId: actor.user.id,
      type: "COMMENT",
      pageNumber: 1,
      position: { x: 10, y: 10, width: 50, height: 12 },
      text: "Check the term",
    },
  });
  const link = await createShareLink(actor, { documentId: document.id, recipientEmail: "lender@bank.example", note: undefined, expiresIn: "7d" });
  const shareToken = link.path.replace(/^\/shared\//, "");
  const detection = { id: "0123456789abcdef", type: "EMAIL", text: "wanjiru@example.com", page: 2, start: 23, end: 42, confidence: 0.99, rule: "email", source: "rule" };
  const redactionJob = await db.redactionJob.create({
    data: { orgId: actor.org.id, documentId: document.id, createdBy: actor.user.id, status: "review", detectedEntities: [detection], entityCount: 1 },
  });
  const signalScore = await createSignalScore(db, { orgId: actor.org.id, projectId: project.id });
  const quest = await db.improvementQuest.create({
    data: { projectId: project.id, title: "Upload the grid study", actionType: "upload_document", estimatedScoreImpact: 4 },
  });
  const member = await createUser(db, { orgId: actor.org.id, role: "analyst" });
  const notification = await createNotification(db, { orgId: actor.org.id, userId: actor.user.id, kind: "action_required", link: `/projects/${project.id}` });
  const failedRun = await db.jobRun.create({
    data: {
      jobId: "score-signal",
      eventName: "signal-score/requested",
      orgId: actor.org.id,
      payload: { orgId: actor.org.id, projectId: project.id },
      entityType: "Project",
      entityId: project.id,
      status: "FAILED",
      attempts: 3,
      maxAttempts: 3,
      lastError: "Model unavailable",
      finishedAt: new Date(),
    },
  });
  const listedProject = await createTenantProject(actor, { isPublished: true });
  const listedDocument = await storedPdf(actor, { projectId: listedProject.id }, null, "PUBLIC");
  return {
    actor,
    project,
    listedProject,
    listedDocument,
    milestones,
    budgetItem,
    folder,
    subfolder,
    document,
    annotation,
    redactionJob,
    signalScore,
    quest,
    member,
    notification,
    failedRun,
    share: { token: shareToken, claims: verifyShareToken(shareToken)! },
  };
}

/** A mandate as the form saves it: private unless `isDiscoverable`. */
function mandateForm(name: string, isDiscoverable: boolean) {
  return createMandateSchema.parse({
    name,
    projectTypes: ["SOLAR"],
    geographies: ["KE"],
    stages: ["DEVELOPMENT"],
    ticketSizeMin: "100000",
    ticketSizeMax: "5000000",
    currency: "USD",
    dimensionWeights: DEFAULT_DIMENSION_WEIGHTS,
    isDiscoverable,
  });
}

/** An INVESTOR org's portfolio room with a folder and a stored document, its mandates and a saved search. */
async function buildInvestorSide(actor: Actor) {
  const portfolio = await createPortfolio(db, { orgId: actor.org.id });
  const folder = await createFolder(actor, { room: { kind: "portfolio", id: portfolio.id }, parentFolderId: null, name: "Reporting" });
  const document = await storedPdf(actor, { portfolioId: portfolio.id }, folder.id);
  const mandate = await createMandate(actor, mandateForm("East Africa solar", false));
  const discoverableMandate = await createMandate(actor, mandateForm("Kenyan solar, open to proposals", true));
  // Written directly (not through createSavedSearch): a stored query is already normalised, and "q=solar" is one.
  const savedSearch = await db.savedSearch.create({ data: { orgId: actor.org.id, userId: actor.user.id, name: "Solar in Kenya", query: "q=solar" } });
  return { actor, portfolio, folder, document, mandate, discoverableMandate, savedSearch };
}

/** The investor's interest in the ally's listed project under its private mandate: a match both sides see and may message on. */
async function buildMatch(investor: InvestorSide, ally: AllySide) {
  const matchId = await expressInterest(investor.actor, ally.listedProject.id, investor.mandate.id);
  return db.matchResult.findUniqueOrThrow({ where: { id: matchId } });
}

/** The investor's question on the ally's listed project (linking its public document), with the ally's draft answer: still waiting, so answering, assigning or closing it would succeed for its orgs. */
async function buildQa(investor: InvestorSide, ally: AllySide) {
  const question = await askQuestion(
    investor.actor,
    askQuestionSchema.parse({
      projectId: ally.listedProject.id,
      question: "When is the grid connection expected?",
      category: "technical",
      priority: "normal",
      linkedDocumentIds: [ally.listedDocument.id],
    }),
  );
  const draft = await saveDraftAnswer(ally.actor, saveDraftAnswerSchema.parse({ questionId: question.id, content: "Q3 2027, per the grid study." }));
  return { question, draft };
}

/** The investor's pipeline entry for the ally's listed project (linked to their match), moved once: in screening, so moving it on would succeed for its org. */
async function buildPipelineEntry(investor: InvestorSide, ally: AllySide) {
  const entry = await addToPipeline(investor.actor, addToPipelineSchema.parse({ projectId: ally.listedProject.id, reason: "Fits the East Africa mandate" }));
  return moveDealStage(investor.actor, moveDealStageSchema.parse({ entryId: entry.id, from: "sourced", to: "screening", reason: "Grid and PPA look bankable" }));
}

/**
 * The ally's deal room on its listed project for the investor (CONNECTED on the ally's draft
 * project), with the public document shared and the NDA accepted: opening the document, inviting,
 * sharing or closing would all succeed for their own orgs.
 */
async function buildDealRoom(investor: InvestorSide, ally: AllySide) {
  await createMatch(db, { investorOrgId: investor.actor.org.id, projectId: ally.project.id, status: "CONNECTED" });
  const ndaText = "Mutual NDA for the tenancy world.";
  const room = await openDealRoom(
    ally.actor,
    openDealRoomSchema.parse({ projectId: ally.listedProject.id, investorOrgId: investor.actor.org.id, name: "Equity raise", ndaText, accessLevel: "downloader" }),
  );
  await shareRoomDocument(ally.actor, { roomId: room.id, documentId: ally.listedDocument.id });
  await acceptNda(investor.actor, { roomId: room.id, typedName: investor.actor.user.fullName, ndaSha256: ndaSha256(ndaText) });
  // An outside guest who used their link: their cookie is a credential for this room only.
  const invite = await inviteRoomGuest(ally.actor, {
    roomId: room.id,
    email: `guest-${room.id.slice(0, 8)}@adviser.example`,
    expiresInDays: 7,
    accessLevel: "downloader",
    canSeeFinancial: true,
  });
  const token = new URL(invite.inviteUrl).pathname.split("/").pop()!;
  const { session } = await redeemGuestInvite({ token, typedName: "Guest Adviser", ndaSha256: ndaSha256(ndaText) }, ally.actor.request);
  return { room, ndaSha256: ndaSha256(ndaText), guest: { id: invite.guestId, cookie: session.value } };
}

export type AllySide = Awaited<ReturnType<typeof buildAllySide>>;
export type InvestorSide = Awaited<ReturnType<typeof buildInvestorSide>>;
type MatchRow = Awaited<ReturnType<typeof buildMatch>>;
type QaRows = Awaited<ReturnType<typeof buildQa>>;
type PipelineEntryRow = Awaited<ReturnType<typeof buildPipelineEntry>>;
type DealRoomRows = Awaited<ReturnType<typeof buildDealRoom>>;

/** The investor's written memo of its pipeline deal (as the memo job leaves one): saving or exporting it would succeed for its org. */
async function buildMemo(investor: InvestorSide, entry: PipelineEntryRow) {
  const markdown = "We recommend proceeding to diligence.";
  return db.investmentMemo.create({
    data: {
      orgId: investor.actor.org.id,
      projectId: entry.projectId,
      title: "Investment memo",
      content: `## Executive summary\n\n${markdown}`,
      sections: [{ key: "executive_summary", heading: "Executive summary", markdown }],
      summary: markdown,
    },
  });
}
type MemoRow = Awaited<ReturnType<typeof buildMemo>>;

/** The ally user's own assistant conversation about its project: reading, renaming, deleting or continuing it would succeed for that user. */
async function buildConversation(ally: AllySide) {
  return db.aiConversation.create({
    data: { orgId: ally.actor.org.id, userId: ally.actor.user.id, contextType: "PROJECT", contextEntityId: ally.project.id, title: "About the project" },
  });
}
type ConversationRow = Awaited<ReturnType<typeof buildConversation>>;

/** A holding of the ally's listed project in the investor's portfolio, with a capital call (same currency, so no rate is needed): recording, deleting or exiting would succeed for its org. */
async function buildHolding(investor: InvestorSide, ally: AllySide) {
  const holding = await addHolding(
    investor.actor,
    addHoldingSchema.parse({
      portfolioId: investor.portfolio.id,
      projectId: ally.listedProject.id,
      investmentDate: "2026-01-15",
      committedAmount: "1000000",
      currency: "USD",
    }),
  );
  const flow = await recordCashFlow(
    investor.actor,
    recordCashFlowSchema.parse({ holdingId: holding.id, kind: "capital_call", flowDate: "2026-02-02", amount: "250000" }),
  );
  const covenant = await createCovenant(
    investor.actor,
    createCovenantSchema.parse({ holdingId: holding.id, name: "MOIC >= 1.0x", metricName: "moic", operator: ">=", thresholdBreach: "1" }),
  );
  const kpiTarget = await setKpiTarget(
    investor.actor,
    setKpiTargetSchema.parse({
      holdingId: holding.id,
      metricName: "dscr",
      unit: "x",
      targetValue: "1.3",
      tolerancePct: "5",
      direction: "higher_is_better",
      frequency: "quarterly",
    }),
  );
  return { holding, flow, covenant, kpiTarget };
}
type HoldingRows = Awaited<ReturnType<typeof buildHolding>>;
/** The two orgs of one party: an ally, an investor, the match between them, the investor's question to the ally and its pipeline entry for the ally's project. */
export type TenancyParty = {
  ally: AllySide;
  investor: InvestorSide;
  match: MatchRow;
  qa: QaRows;
  pipelineEntry: PipelineEntryRow;
  dealRoom: DealRoomRows;
  memo: MemoRow;
  holding: HoldingRows;
  conversation: ConversationRow;
};
export type TenancyWorld = { victim: TenancyParty; attacker: TenancyParty };

/** Attackers are admins, so no permission check can hide a missing tenant check. */
export async function buildTenancyWorld(): Promise<TenancyWorld> {
  const [victimAlly, victimInvestor, attackerAlly, attackerInvestor] = await Promise.all([
    createTenant({ type: "ALLY", role: "admin" }),
    createTenant({ type: "INVESTOR", role: "admin" }),
    createTenant({ type: "ALLY", role: "admin" }),
    createTenant({ type: "INVESTOR", role: "admin" }),
  ]);
  const party = async (allyActor: Actor, investorActor: Actor): Promise<TenancyParty> => {
    const ally = await buildAllySide(allyActor);
    const investor = await buildInvestorSide(investorActor);
    const match = await buildMatch(investor, ally);
    const qa = await buildQa(investor, ally);
    const pipelineEntry = await buildPipelineEntry(investor, ally);
    return {
      ally,
      investor,
      match,
      qa,
      pipelineEntry,
      dealRoom: await buildDealRoom(investor, ally),
      memo: await buildMemo(investor, pipelineEntry),
      holding: await buildHolding(investor, ally),
      conversation: await buildConversation(ally),
    };
  };
  return { victim: await party(victimAlly, victimInvestor), attacker: await party(attackerAlly, attackerInvestor) };
}
