/**
 * Every server action and route handler, called by an admin of another org with the victim's
 * ids, answers NOT_FOUND (a 404) exactly as it answers for ids that exist nowhere, and changes
 * nothing in any org (tests/support/tenancy/snapshot-tenant.ts digests every row each org owns).
 *
 * The entry points are listed from the source (tests/support/tenancy/list-entry-points.ts): a new
 * action or route fails this file until it has a case below, or an exemption with its reason.
 * A case builds its calls from the world (build-tenancy-world.ts): the victim's records, and the
 * attacker's own for mixed calls ("my project, your milestone"). Every id a call carries must be a
 * real row of the world, at least one of them the victim's, so a typo cannot pass as a refusal.
 */
import { signIn } from "../support/mock-request-context";
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { signShareToken } from "@/lib/dataroom/share/share-token";
import { guestCookieName } from "@/lib/deal-rooms/guests/guest-rules";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { createUser } from "@/prisma/factories";
import { useTestStorage } from "../support/dataroom-routes";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { DEFAULT_DIMENSION_WEIGHTS } from "@/lib/matching/engine/match-dimensions";
import { buildTenancyWorld, type AllySide, type TenancyWorld } from "../support/tenancy/build-tenancy-world";
import { actionAnswer, expectRefused, routeAnswer, type ActionCall, type RefusalContext, type RouteCall, type Side } from "../support/tenancy/expect-refused";
import { listEntryPoints, listValueExports, REPO_ROOT, type EntryPoint } from "../support/tenancy/list-entry-points";
import { listTenantIds, snapshotTenant } from "../support/tenancy/snapshot-tenant";
import { db } from "../support/test-db";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { createWebhookSchema } from "@/lib/webhooks/schemas";
import { API_SCOPES } from "@/lib/api-keys/scopes";

type ActionCase = { as: Side; calls: (w: TenancyWorld) => ActionCall[] };
/** `publicRoute`: no session decides access, a credential in the URL does; says why the case is shaped as it is. */
type RouteCase = { as: Side; calls: (w: TenancyWorld) => RouteCall[]; publicRoute?: string };

const FILE = "tests/integration/tenancy-matrix.test.ts";
let PDF: Uint8Array<ArrayBuffer>;

const budgetLine = { category: "Legal", description: "Land lease review", estimatedAmount: "25000", actualAmount: null, status: "PLANNED" };
const milestoneFields = { name: "Financial close", description: "", targetDate: "2027-06-30", status: "NOT_STARTED", completionPct: 0 };
const projectForm = ({ project }: AllySide) => ({
  projectId: project.id,
  name: "Renamed by another org",
  slug: project.slug,
  description: "A description long enough to pass validation.",
  projectType: "SOLAR",
  stage: "DEVELOPMENT",
  geographyCountry: "KE",
  geographyRegion: "Nairobi",
  totalInvestmentRequired: "1000000",
  currency: "USD",
  expectedUpdatedAt: project.updatedAt.toISOString(),
});
const highlight = (documentId: string) => ({ documentId, type: "HIGHLIGHT", pageNumber: 1, position: { x: 1, y: 1, width: 20, height: 10 } });
/** Mixed calls: `a` is the attacker's own side (its project, its folder), `v` the victim's record named with it. */
const mixed = (w: TenancyWorld) => ({ v: w.victim.ally, a: w.attacker.ally });
const mandateForm = { name: "Renamed by another org", currency: "USD", projectTypes: ["WIND"], dimensionWeights: DEFAULT_DIMENSION_WEIGHTS };
const listingSettings = { showMilestones: false, showBudget: false, showSignalScore: false, showDocuments: false };
const qaQuestion = { question: "Intrusion", category: "technical", priority: "normal" };
/** A well-formed cash-flow file: another org's portfolio id must refuse it before the file is read. */
const IMPORT_CSV = new TextEncoder().encode("Project,Date,Kind,Amount\nIntrusion Solar,2026-02-03,Capital call,1000\n");

/**
 * API keys are not in the shared world: made in a beforeAll of their own below. The victims' key
 * ids join the victims' ids; the attackers' plaintext keys are their credentials for /api/v1.
 */
const apiKeys = { victimAlly: "", victimInvestor: "", attackerAllyBearer: "", attackerInvestorBearer: "" };
/** Webhooks, like keys, are made in a beforeAll of their own: each victim's subscription and one logged delivery. */
const webhooks = { victimAlly: "", victimInvestor: "", victimAllyDelivery: "", victimInvestorDelivery: "" };

const ACTION_CASES: Record<string, ActionCase> = {
  // Another org's webhook is a 404: nothing is sent to it, changed or logged.
  ...Object.fromEntries(
    ["updateWebhookAction", "deleteWebhookAction", "enableWebhookAction", "disableWebhookAction", "rotateWebhookSecretAction", "sendTestWebhookAction"].map((name) => [
      name,
      {
        as: "ally",
        calls: () => {
          const extra = name === "updateWebhookAction" ? { url: "https://attacker.example/hooks", events: ["project.updated"] } : {};
          return [{ input: { subscriptionId: webhooks.victimAlly, ...extra } }, { as: "investor", input: { subscriptionId: webhooks.victimInvestor, ...extra } }];
        },
      } satisfies ActionCase,
    ]),
  ),
  redeliverWebhookAction: {
    as: "ally",
    calls: () => [{ input: { deliveryId: webhooks.victimAllyDelivery } }, { as: "investor", input: { deliveryId: webhooks.victimInvestorDelivery } }],
  },
  // Another org's key is a 404 and stays active (the snapshot would see is_active change).
  revokeApiKeyAction: {
    as: "ally",
    calls: () => [{ input: { apiKeyId: apiKeys.victimAlly } }, { as: "investor", input: { apiKeyId: apiKeys.victimInvestor } }],
  },
  rateAiOutputAction: {
    as: "ally",
    calls: ({ victim: { ally: v } }) => [
      { input: { entityType: "SignalScore", entityId: v.signalScore.id, rating: 1 } },
      { input: { entityType: "ImprovementQuest", entityId: v.quest.id, rating: -1 } },
    ],
  },
  createBudgetItemAction: { as: "ally", calls: ({ victim: { ally: v } }) => [{ input: { projectId: v.project.id, ...budgetLine } }] },
  updateBudgetItemAction: {
    as: "ally",
    calls: (w) => [
      { input: { projectId: w.victim.ally.project.id, budgetItemId: w.victim.ally.budgetItem.id, ...budgetLine } },
      { input: { projectId: mixed(w).a.project.id, budgetItemId: mixed(w).v.budgetItem.id, ...budgetLine } },
    ],
  },
  deleteBudgetItemAction: {
    as: "ally",
    calls: (w) => [
      { input: { projectId: w.victim.ally.project.id, budgetItemId: w.victim.ally.budgetItem.id } },
      { input: { projectId: mixed(w).a.project.id, budgetItemId: mixed(w).v.budgetItem.id } },
    ],
  },
  createFolderAction: {
    as: "ally",
    calls: (w) => [
      { input: { room: { kind: "project", id: w.victim.ally.project.id }, parentFolderId: null, name: "Intrusion" } },
      { input: { room: { kind: "project", id: mixed(w).a.project.id }, parentFolderId: mixed(w).v.folder.id, name: "Intrusion" } },
      { as: "investor", input: { room: { kind: "portfolio", id: w.victim.investor.portfolio.id }, parentFolderId: null, name: "Intrusion" } },
    ],
  },
  renameFolderAction: { as: "ally", calls: (w) => [{ input: { folderId: w.victim.ally.folder.id, name: "Renamed" } }] },
  moveFolderAction: {
    as: "ally",
    calls: (w) => [
      { input: { folderId: w.victim.ally.subfolder.id, parentFolderId: null } },
      { input: { folderId: mixed(w).a.subfolder.id, parentFolderId: mixed(w).v.folder.id } },
      { input: { folderId: mixed(w).v.subfolder.id, parentFolderId: mixed(w).a.folder.id } },
    ],
  },
  deleteFolderAction: {
    as: "ally",
    calls: (w) => [
      { input: { folderId: w.victim.ally.folder.id, moveContentsToParent: false } },
      { as: "investor", input: { folderId: w.victim.investor.folder.id, moveContentsToParent: true } },
    ],
  },
  moveDocumentAction: {
    as: "ally",
    calls: (w) => [
      { input: { documentId: w.victim.ally.document.id, folderId: null } },
      { input: { documentId: mixed(w).a.document.id, folderId: mixed(w).v.folder.id } },
      { input: { documentId: mixed(w).v.document.id, folderId: mixed(w).a.folder.id } },
    ],
  },
  deleteDocumentAction: {
    as: "ally",
    calls: (w) => [{ input: { documentId: w.victim.ally.document.id } }, { as: "investor", input: { documentId: w.victim.investor.document.id } }],
  },
  setDocumentWatermarkAction: { as: "ally", calls: (w) => [{ input: { documentId: w.victim.ally.document.id, enabled: true } }] },
  createAnnotationAction: { as: "ally", calls: (w) => [{ input: highlight(w.victim.ally.document.id) }] },
  deleteAnnotationAction: { as: "ally", calls: (w) => [{ input: { annotationId: w.victim.ally.annotation.id } }] },
  recordPrintAction: { as: "ally", calls: (w) => [{ input: { documentId: w.victim.ally.document.id, via: "button" } }] },
  startRedactionAction: { as: "ally", calls: (w) => [{ input: { documentId: w.victim.ally.document.id } }] },
  reviewRedactionAction: { as: "ally", calls: (w) => [{ input: { jobId: w.victim.ally.redactionJob.id, approvedIds: ["0123456789abcdef"] } }] },
  createShareLinkAction: { as: "ally", calls: (w) => [{ input: { documentId: w.victim.ally.document.id, recipientEmail: "outsider@example.com" } }] },
  revokeShareLinkAction: { as: "ally", calls: (w) => [{ input: { sharedLogId: w.victim.ally.share.claims.sharedLogId } }] },
  retryJobRunAction: { as: "ally", calls: (w) => [{ input: { runId: w.victim.ally.failedRun.id } }] },
  createMilestoneAction: { as: "ally", calls: (w) => [{ input: { projectId: w.victim.ally.project.id, ...milestoneFields } }] },
  updateMilestoneAction: {
    as: "ally",
    calls: (w) => [
      { input: { projectId: w.victim.ally.project.id, milestoneId: w.victim.ally.milestones[0]!.id, ...milestoneFields } },
      { input: { projectId: mixed(w).a.project.id, milestoneId: mixed(w).v.milestones[0]!.id, ...milestoneFields } },
    ],
  },
  completeMilestoneAction: {
    as: "ally",
    calls: (w) => [
      { input: { projectId: w.victim.ally.project.id, milestoneId: w.victim.ally.milestones[0]!.id } },
      { input: { projectId: mixed(w).a.project.id, milestoneId: mixed(w).v.milestones[0]!.id } },
    ],
  },
  deleteMilestoneAction: {
    as: "ally",
    calls: (w) => [
      { input: { projectId: w.victim.ally.project.id, milestoneId: w.victim.ally.milestones[0]!.id } },
      { input: { projectId: mixed(w).a.project.id, milestoneId: mixed(w).v.milestones[0]!.id } },
    ],
  },
  reorderMilestonesAction: {
    as: "ally",
    calls: (w) => [
      { input: { projectId: w.victim.ally.project.id, orderedIds: w.victim.ally.milestones.map((m) => m.id).reverse() } },
      {
        input: { projectId: mixed(w).a.project.id, orderedIds: mixed(w).v.milestones.map((m) => m.id) },
        code: "CONFLICT",
        because: "the list is checked against the caller's own project's milestones: a foreign id reads as a stale list, as an unknown one does",
      },
    ],
  },
  updateProjectAction: { as: "ally", calls: (w) => [{ input: projectForm(w.victim.ally) }] },
  changeProjectStatusAction: { as: "ally", calls: (w) => [{ input: { projectId: w.victim.ally.project.id, status: "ACTIVE" } }] },
  publishProjectAction: { as: "ally", calls: (w) => [{ input: { projectId: w.victim.ally.project.id } }] },
  unpublishProjectAction: { as: "ally", calls: (w) => [{ input: { projectId: w.victim.ally.project.id } }] },
  requestSignalScoreAction: { as: "ally", calls: (w) => [{ input: { projectId: w.victim.ally.project.id } }] },
  changeMemberRoleAction: { as: "ally", calls: (w) => [{ input: { userId: w.victim.ally.member.id, role: "manager" } }] },
  setMemberActiveAction: { as: "ally", calls: (w) => [{ input: { userId: w.victim.ally.member.id, isActive: false } }] },
  markNotificationReadAction: { as: "ally", calls: (w) => [{ input: { notificationId: w.victim.ally.notification.id } }] },
  // The platform admin console: another kind of org (an ally's or investor's admin) gets NOT_FOUND, whichever org it names.
  changeOrgTierAction: { as: "ally", calls: (w) => [{ input: { orgId: w.victim.ally.actor.org.id, tier: "enterprise" } }] },
  changeOrgStatusAction: {
    as: "ally",
    calls: (w) => [
      { input: { orgId: w.victim.ally.actor.org.id, status: "trial", trialEndsAt: "2030-01-31" } },
      { as: "investor", input: { orgId: w.victim.investor.actor.org.id, status: "cancelled" } },
    ],
  },
  setOrgAiBudgetAction: { as: "ally", calls: (w) => [{ input: { orgId: w.victim.ally.actor.org.id, budgetUsd: "9999" } }] },
  setOrgFeatureFlagAction: { as: "ally", calls: (w) => [{ input: { orgId: w.victim.ally.actor.org.id, featureKey: "signal_score", setting: "off" } }] },
  suspendOrgAction: { as: "investor", calls: (w) => [{ input: { orgId: w.victim.ally.actor.org.id, reason: "Hostile takeover" } }] },
  reinstateOrgAction: { as: "ally", calls: (w) => [{ input: { orgId: w.victim.investor.actor.org.id } }] },
  updateMandateAction: { as: "investor", calls: (w) => [{ input: { mandateId: w.victim.investor.mandate.id, ...mandateForm } }] },
  setMandateActiveAction: { as: "investor", calls: (w) => [{ input: { mandateId: w.victim.investor.mandate.id, active: false } }] },
  deleteMandateAction: { as: "investor", calls: (w) => [{ input: { mandateId: w.victim.investor.mandate.id } }] },
  rateMatchAction: { as: "investor", calls: (w) => [{ input: { matchId: w.victim.match.id, rating: -1, comment: "Not for us" } }] },
  // The victim match is INTERESTED: each side's owner could make the move asked for here, post and keep notes.
  transitionMatchAction: {
    as: "investor",
    calls: (w) => [{ input: { matchId: w.victim.match.id, to: "WITHDRAWN" } }, { as: "ally", input: { matchId: w.victim.match.id, to: "CONNECTED" } }],
  },
  updateMatchNotesAction: {
    as: "investor",
    calls: (w) => [{ input: { matchId: w.victim.match.id, notes: "Intrusion" } }, { as: "ally", input: { matchId: w.victim.match.id, notes: "Intrusion" } }],
  },
  postMatchMessageAction: {
    as: "investor",
    calls: (w) => [{ input: { matchId: w.victim.match.id, content: "Intrusion" } }, { as: "ally", input: { matchId: w.victim.match.id, content: "Intrusion" } }],
  },
  // Interest in another ally's listed project is the marketplace's purpose; a draft project or another investor's mandate is not.
  expressInterestAction: {
    as: "investor",
    calls: (w) => [
      { input: { projectId: w.victim.ally.project.id } },
      { input: { projectId: w.attacker.ally.listedProject.id, mandateId: w.victim.investor.mandate.id } },
    ],
  },
  // Proposing to another investor's discoverable mandate is the feature; another ally's project, or a private mandate, is not.
  proposeProjectAction: {
    as: "ally",
    calls: (w) => [
      { input: { projectId: w.victim.ally.listedProject.id, mandateId: w.attacker.investor.discoverableMandate.id } },
      { input: { projectId: w.attacker.ally.listedProject.id, mandateId: w.victim.investor.mandate.id } },
    ],
  },
  // Watching another ally's listed project is the feature; a draft project is nobody's to watch but its ally's view of it.
  setProjectWatchAction: {
    as: "investor",
    calls: (w) => [{ input: { projectId: w.victim.ally.project.id, watching: true } }, { input: { projectId: w.victim.ally.project.id, watching: false } }],
  },
  updateListingSettingsAction: {
    as: "ally",
    calls: (w) => [{ input: { projectId: w.victim.ally.listedProject.id, ...listingSettings } }, { input: { projectId: w.victim.ally.project.id, ...listingSettings } }],
  },
  updateSavedSearchAction: { as: "investor", calls: (w) => [{ input: { savedSearchId: w.victim.investor.savedSearch.id, name: "Renamed", notify: false } }] },
  deleteSavedSearchAction: { as: "investor", calls: (w) => [{ input: { savedSearchId: w.victim.investor.savedSearch.id } }] },
  // Asking about another ally's listed project is the marketplace's purpose; a draft project is not, nor linking another listing's document.
  askQuestionAction: {
    as: "investor",
    calls: (w) => [
      { input: { ...qaQuestion, projectId: w.victim.ally.project.id } },
      {
        input: { ...qaQuestion, projectId: w.attacker.ally.listedProject.id, linkedDocumentIds: [w.victim.ally.listedDocument.id] },
        code: "VALIDATION",
        because: "links are checked against the asked project's public documents: another listing's document reads as one investors cannot open, as an unknown id does",
      },
    ],
  },
  assignQuestionAction: {
    as: "ally",
    calls: (w) => [
      { input: { questionId: w.victim.qa.question.id, assigneeId: w.attacker.ally.member.id, team: "finance" } },
      {
        input: { questionId: w.attacker.qa.question.id, assigneeId: w.victim.ally.member.id, team: null },
        code: "VALIDATION",
        because: "the assignee must be an active member of the caller's own org: another org's user reads as an unknown one",
      },
    ],
  },
  saveDraftAnswerAction: {
    as: "ally",
    calls: (w) => [
      { input: { questionId: w.victim.qa.question.id, content: "Intrusion" } },
      { input: { questionId: w.victim.qa.question.id, answerId: w.victim.qa.draft.id, content: "Intrusion" } },
      { input: { questionId: w.attacker.qa.question.id, answerId: w.victim.qa.draft.id, content: "Intrusion" } },
      {
        input: { questionId: w.attacker.qa.question.id, content: "Intrusion", linkedDocumentIds: [w.victim.ally.listedDocument.id] },
        code: "VALIDATION",
        because: "links are checked against the question's project's public documents: another listing's document reads as an unknown id",
      },
    ],
  },
  submitFinalAnswerAction: {
    as: "ally",
    calls: (w) => [
      { input: { questionId: w.victim.qa.question.id, content: "Intrusion" } },
      { as: "investor", input: { questionId: w.victim.qa.question.id, content: "Intrusion" } },
    ],
  },
  closeQuestionAction: {
    as: "investor",
    calls: (w) => [{ input: { questionId: w.victim.qa.question.id } }, { as: "ally", input: { questionId: w.victim.qa.question.id } }],
  },
  draftAnswerWithAiAction: {
    as: "ally",
    calls: (w) => [{ input: { questionId: w.victim.qa.question.id } }, { as: "investor", input: { questionId: w.victim.qa.question.id } }],
  }, // Putting another ally's listed project in one's own pipeline is the marketplace's purpose; a draft project is not.
  addToPipelineAction: { as: "investor", calls: (w) => [{ input: { projectId: w.victim.ally.project.id, reason: "Intrusion" } }] },
  // Screening reads a listed project by design; the victim ally's unlisted project is a 404 like a missing id.
  screenProjectAction: { as: "investor", calls: (w) => [{ input: { projectId: w.victim.ally.project.id } }] },
  // Memos hang on the org's own pipeline entry: another org's entry or memo reads as a missing one, whichever side asks.
  generateMemoAction: {
    as: "investor",
    calls: (w) => [{ input: { entryId: w.victim.pipelineEntry.id } }, { as: "ally", input: { entryId: w.victim.pipelineEntry.id } }],
  },
  deleteMemoAction: { as: "investor", calls: (w) => [{ input: { memoId: w.victim.memo.id } }] },
  // Portfolios are the investor's own books: another org's portfolio, holding or flow reads as a missing one.
  updatePortfolioAction: {
    as: "investor",
    calls: (w) => [
      { input: { portfolioId: w.victim.investor.portfolio.id, name: "Intrusion", currency: "USD" } },
      { as: "ally", input: { portfolioId: w.victim.investor.portfolio.id, name: "Intrusion", currency: "USD" } },
    ],
  },
  addOffPlatformHoldingAction: {
    as: "investor",
    calls: (w) => [
      {
        input: {
          portfolioId: w.victim.investor.portfolio.id,
          projectName: "Intrusion Hydro",
          projectType: "HYDRO",
          stage: "OPERATIONAL",
          geographyCountry: "KE",
          investmentDate: "2026-01-15",
          committedAmount: "1000",
          currency: "USD",
        },
      },
    ],
  },
  addHoldingAction: {
    as: "investor",
    calls: (w) => [
      {
        input: {
          portfolioId: w.victim.investor.portfolio.id,
          projectId: w.attacker.ally.listedProject.id,
          investmentDate: "2026-01-15",
          committedAmount: "1000",
          currency: "USD",
        },
      },
    ],
  },
  recordCashFlowAction: {
    as: "investor",
    calls: (w) => [{ input: { holdingId: w.victim.holding.holding.id, kind: "capital_call", flowDate: "2026-02-03", amount: "1000" } }],
  },
  deleteCashFlowAction: { as: "investor", calls: (w) => [{ input: { flowId: w.victim.holding.flow.id } }] },
  // Covenants hang off the investor's holdings: another org's covenant or holding reads as a missing one.
  createCovenantAction: {
    as: "investor",
    calls: (w) => [{ input: { holdingId: w.victim.holding.holding.id, name: "Intrusion", metricName: "moic", operator: ">=", thresholdBreach: "1" } }],
  },
  checkCovenantsAction: { as: "investor", calls: (w) => [{ input: { holdingId: w.victim.holding.holding.id } }] },
  waiveCovenantAction: { as: "investor", calls: (w) => [{ input: { covenantId: w.victim.holding.covenant.id, note: "Intrusion attempt" } }] },
  reinstateCovenantAction: { as: "investor", calls: (w) => [{ input: { covenantId: w.victim.holding.covenant.id } }] },
  deleteCovenantAction: { as: "investor", calls: (w) => [{ input: { covenantId: w.victim.holding.covenant.id } }] },
  // KPIs: the investor's targets and requests hang off its holding; the developer reports only for its own projects.
  setKpiTargetAction: {
    as: "investor",
    calls: (w) => [
      {
        input: {
          holdingId: w.victim.holding.holding.id,
          metricName: "dscr",
          unit: "x",
          targetValue: "1",
          tolerancePct: "5",
          direction: "higher_is_better",
          frequency: "quarterly",
        },
      },
    ],
  },
  deleteKpiTargetAction: { as: "investor", calls: (w) => [{ input: { targetId: w.victim.holding.kpiTarget.id } }] },
  requestKpiActualsAction: { as: "investor", calls: (w) => [{ input: { holdingId: w.victim.holding.holding.id, period: "2025-Q4", dueDate: "2099-01-01" } }] },
  recordKpiActualAction: {
    as: "investor",
    calls: (w) => [{ input: { holdingId: w.victim.holding.holding.id, metricName: "dscr", period: "2025-Q4", value: "1.1" } }],
  },
  shareHoldingAction: { as: "investor", calls: (w) => [{ input: { holdingId: w.victim.holding.holding.id, shared: true } }] },
  reportKpiActualAction: {
    as: "ally",
    calls: (w) => [{ input: { projectId: w.victim.ally.listedProject.id, metricName: "dscr", period: "2025-Q4", value: "1.1" } }],
  },
  // An import names the portfolio it writes into: another org's is a 404 before the file is read, and nothing is written.
  previewPortfolioImportAction: {
    as: "investor",
    calls: (w) => [
      { input: { portfolioId: w.victim.investor.portfolio.id, kind: "auto", fileName: "flows.csv", file: IMPORT_CSV } },
      { as: "ally", input: { portfolioId: w.victim.investor.portfolio.id, kind: "holdings", fileName: "flows.csv", file: IMPORT_CSV } },
    ],
  },
  importPortfolioRowsAction: {
    as: "investor",
    calls: (w) => [{ input: { portfolioId: w.victim.investor.portfolio.id, kind: "cash-flows", fileName: "flows.csv", file: IMPORT_CSV, expectedRows: 1 } }],
  },
  exitHoldingAction: {
    as: "investor",
    calls: (w) => [
      { input: { holdingId: w.victim.holding.holding.id, outcome: "WRITTEN_OFF", exitDate: "2026-02-03" } },
      { input: { holdingId: w.victim.holding.holding.id, outcome: "EXITED", exitDate: "2026-02-03", proceeds: "5" } },
    ],
  },
  saveMemoAction: {
    as: "investor",
    calls: (w) => [
      { input: { memoId: w.victim.memo.id, title: "Intrusion", content: "Intrusion.", expectedUpdatedAt: w.victim.memo.updatedAt.toISOString() } },
      { as: "ally", input: { memoId: w.victim.memo.id, title: "Intrusion", content: "Intrusion.", expectedUpdatedAt: w.victim.memo.updatedAt.toISOString() } },
    ],
  },
  // The victim's entry is in screening, so the move asked for here would succeed for its own org.
  moveDealStageAction: {
    as: "investor",
    calls: (w) => [
      { input: { entryId: w.victim.pipelineEntry.id, from: "screening", to: "diligence", reason: "Intrusion" } },
      { as: "ally", input: { entryId: w.victim.pipelineEntry.id, from: "screening", to: "closed_lost", reason: "Intrusion" } },
    ],
  },
  listDealHistoryAction: {
    as: "investor",
    calls: (w) => [{ input: { entryId: w.victim.pipelineEntry.id } }, { as: "ally", input: { entryId: w.victim.pipelineEntry.id } }],
  },
  // The victim's investor is CONNECTED with the victim's ally only: the attacker can neither open a room on the victim's project nor bring the victim's investor into its own.
  openDealRoomAction: {
    as: "ally",
    calls: (w) => [
      { input: { projectId: w.victim.ally.listedProject.id, investorOrgId: w.attacker.investor.actor.org.id, name: "Intrusion", ndaText: "NDA" } },
      { input: { projectId: w.attacker.ally.listedProject.id, investorOrgId: w.victim.investor.actor.org.id, name: "Intrusion", ndaText: "NDA" } },
    ],
  },
  inviteRoomMemberAction: {
    as: "ally",
    calls: (w) => [
      { input: { roomId: w.victim.dealRoom.room.id, orgId: w.victim.investor.actor.org.id, accessLevel: "viewer", canSeeFinancial: true } },
      { input: { roomId: w.attacker.dealRoom.room.id, orgId: w.victim.investor.actor.org.id, accessLevel: "downloader", canSeeFinancial: true } },
    ],
  },
  removeRoomMemberAction: { as: "ally", calls: (w) => [{ input: { roomId: w.victim.dealRoom.room.id, orgId: w.victim.investor.actor.org.id } }] },
  shareRoomDocumentAction: {
    as: "ally",
    calls: (w) => [
      { input: { roomId: w.victim.dealRoom.room.id, documentId: w.victim.ally.document.id } },
      { input: { roomId: w.attacker.dealRoom.room.id, documentId: w.victim.ally.document.id } },
    ],
  },
  unshareRoomDocumentAction: { as: "ally", calls: (w) => [{ input: { roomId: w.victim.dealRoom.room.id, documentId: w.victim.ally.listedDocument.id } }] },
  updateRoomNdaAction: { as: "ally", calls: (w) => [{ input: { roomId: w.victim.dealRoom.room.id, ndaRequired: false, ndaText: "" } }] },
  setRoomStatusAction: { as: "ally", calls: (w) => [{ input: { roomId: w.victim.dealRoom.room.id, status: "archived" } }] },
  inviteRoomGuestAction: {
    as: "ally",
    calls: (w) => [
      { input: { roomId: w.victim.dealRoom.room.id, email: "intruder@adviser.example", expiresInDays: 7, accessLevel: "downloader", canSeeFinancial: true } },
    ],
  },
  removeRoomGuestAction: {
    as: "ally",
    calls: (w) => [
      { input: { roomId: w.victim.dealRoom.room.id, guestId: w.victim.dealRoom.guest.id } },
      { input: { roomId: w.attacker.dealRoom.room.id, guestId: w.victim.dealRoom.guest.id } },
    ],
  },
  acceptNdaAction: {
    as: "investor",
    calls: (w) => [{ input: { roomId: w.victim.dealRoom.room.id, typedName: "Intruder", ndaSha256: w.victim.dealRoom.ndaSha256 } }],
  },
  postRoomMessageAction: {
    as: "investor",
    calls: (w) => [
      { input: { roomId: w.victim.dealRoom.room.id, body: "Intrusion" } },
      { as: "ally", input: { roomId: w.victim.dealRoom.room.id, body: "Intrusion", mentionedUserIds: [w.victim.ally.actor.user.id] } },
    ],
  },
  // A backfill of another org's portfolio is refused before anything is asked of the job.
  backfillPortfolioSnapshotsAction: {
    as: "investor",
    calls: (w) => [
      { input: { portfolioId: w.victim.investor.portfolio.id, from: "2026-01-01", to: "2026-01-31" } },
      { as: "ally", input: { portfolioId: w.victim.investor.portfolio.id, from: "2026-01-01", to: "2026-01-31" } },
    ],
  },
};

const json = (body: unknown) => new TextEncoder().encode(JSON.stringify(body));
const ENGAGEMENT_BATCH = new TextEncoder().encode(JSON.stringify({ pages: [{ page: 1, ms: 5000 }] }));
const upload = (query: Record<string, string>, as: Side = "ally"): RouteCall => ({ as, query: { fileName: "Intrusion.pdf", ...query }, body: PDF });
const uploadCalls = (w: TenancyWorld) => [
  upload({ projectId: w.victim.ally.project.id }),
  upload({ projectId: mixed(w).a.project.id, folderId: mixed(w).v.folder.id }),
  upload({ parentDocumentId: w.victim.ally.document.id }),
  upload({ portfolioId: w.victim.investor.portfolio.id }, "investor"),
];

/** The token's signed bytes: version (1) | document (16) | org (16) | SHARED row (16) | expiry | email. */
function spliceShareToken(token: string, ids: { documentId: string; orgId: string; sharedLogId: string }): string {
  const [payload, signature] = token.split(".") as [string, string];
  const bytes = Buffer.from(payload, "base64url");
  [ids.documentId, ids.orgId, ids.sharedLogId].forEach((id, i) => Buffer.from(id.replace(/-/g, ""), "hex").copy(bytes, 1 + 16 * i));
  return `${bytes.toString("base64url")}.${signature}`;
}

/** A JSON body for /api/v1, sent with the attacker's own genuine key. */
const apiJson = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const bearer = (key: string) => ({ authorization: `Bearer ${key}`, "content-type": "application/json" });

/** One /api/v1 call with each attacker's genuine key (ally, then investor), with a JSON body when given. */
const apiCalls = (params: Record<string, string>, json?: unknown): RouteCall[] =>
  (["ally", "investor"] as const).map((as) => ({
    as,
    params,
    ...(json === undefined ? {} : { body: apiJson(json) }),
    headers: bearer(as === "ally" ? apiKeys.attackerAllyBearer : apiKeys.attackerInvestorBearer),
  }));
const MULTIPART_BOUNDARY = "tenancy-matrix-boundary";
/** The PDF as the one part of a multipart/form-data body, as the API's upload takes it. */
const multipartPdf = () =>
  new Uint8Array(
    Buffer.concat([
      Buffer.from(`--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="Intrusion.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      PDF,
      Buffer.from(`\r\n--${MULTIPART_BOUNDARY}--\r\n`),
    ]),
  );
const apiMilestone = { name: "Intrusion", targetDate: "2030-06-30", status: "NOT_STARTED", completionPct: 0 };
const apiBudgetLine = { category: "Legal", description: "Intrusion", estimatedAmount: "25000", actualAmount: null, status: "PLANNED" };

const ROUTE_CASES: Record<string, RouteCase> = {
  // The Bearer key, not the session, picks the org: the attacker's own genuine key names the victim's project.
  "GET /api/v1/projects/[projectId]": {
    as: "ally",
    calls: (w) => [
      { params: { projectId: w.victim.ally.project.id }, headers: { authorization: `Bearer ${apiKeys.attackerAllyBearer}` } },
      { as: "investor", params: { projectId: w.victim.ally.project.id }, headers: { authorization: `Bearer ${apiKeys.attackerInvestorBearer}` } },
    ],
  },
  "PATCH /api/v1/projects/[projectId]": {
    as: "ally",
    calls: (w) => [
      { params: { projectId: w.victim.ally.project.id }, body: apiJson({ name: "Renamed by another org" }), headers: bearer(apiKeys.attackerAllyBearer) },
      {
        as: "investor",
        params: { projectId: w.victim.ally.project.id },
        body: apiJson({ name: "Renamed by another org" }),
        headers: bearer(apiKeys.attackerInvestorBearer),
      },
    ],
  },
  "GET /api/v1/projects/[projectId]/milestones": { as: "ally", calls: (w) => apiCalls({ projectId: w.victim.ally.project.id }) },
  "POST /api/v1/projects/[projectId]/milestones": { as: "ally", calls: (w) => apiCalls({ projectId: w.victim.ally.project.id }, apiMilestone) },
  "PATCH /api/v1/projects/[projectId]/milestones/[milestoneId]": {
    as: "ally",
    calls: (w) => [
      ...apiCalls({ projectId: w.victim.ally.project.id, milestoneId: w.victim.ally.milestones[0]!.id }, { name: "Renamed by another org" }),
      ...apiCalls({ projectId: mixed(w).a.project.id, milestoneId: mixed(w).v.milestones[0]!.id }, { name: "Renamed by another org" }),
    ],
  },
  "DELETE /api/v1/projects/[projectId]/milestones/[milestoneId]": {
    as: "ally",
    calls: (w) => [
      ...apiCalls({ projectId: w.victim.ally.project.id, milestoneId: w.victim.ally.milestones[0]!.id }),
      ...apiCalls({ projectId: mixed(w).a.project.id, milestoneId: mixed(w).v.milestones[0]!.id }),
    ],
  },
  "GET /api/v1/projects/[projectId]/budget": { as: "ally", calls: (w) => apiCalls({ projectId: w.victim.ally.project.id }) },
  "POST /api/v1/projects/[projectId]/budget-items": { as: "ally", calls: (w) => apiCalls({ projectId: w.victim.ally.project.id }, apiBudgetLine) },
  "PATCH /api/v1/projects/[projectId]/budget-items/[budgetItemId]": {
    as: "ally",
    calls: (w) => [
      ...apiCalls({ projectId: w.victim.ally.project.id, budgetItemId: w.victim.ally.budgetItem.id }, { description: "Renamed by another org" }),
      ...apiCalls({ projectId: mixed(w).a.project.id, budgetItemId: mixed(w).v.budgetItem.id }, { description: "Renamed by another org" }),
    ],
  },
  "DELETE /api/v1/projects/[projectId]/budget-items/[budgetItemId]": {
    as: "ally",
    calls: (w) => [
      ...apiCalls({ projectId: w.victim.ally.project.id, budgetItemId: w.victim.ally.budgetItem.id }),
      ...apiCalls({ projectId: mixed(w).a.project.id, budgetItemId: mixed(w).v.budgetItem.id }),
    ],
  },
  // Portfolios are an investor's: the ally's key is refused by org type, the investor's by tenancy, both as 404.
  // Each attacker's own key with webhooks:manage names each victim's webhook (and its logged delivery).
  ...Object.fromEntries(
    [
      "GET /api/v1/webhooks/[webhookId]",
      "PATCH /api/v1/webhooks/[webhookId]",
      "DELETE /api/v1/webhooks/[webhookId]",
      "POST /api/v1/webhooks/[webhookId]/rotate-secret",
      "POST /api/v1/webhooks/[webhookId]/enable",
      "POST /api/v1/webhooks/[webhookId]/disable",
      "POST /api/v1/webhooks/[webhookId]/test",
      "GET /api/v1/webhooks/[webhookId]/deliveries",
    ].map((route) => [
      route,
      {
        as: "ally",
        calls: () => {
          const json = route.startsWith("PATCH") ? { url: "https://attacker.example/hooks" } : undefined;
          return [...apiCalls({ webhookId: webhooks.victimAlly }, json), ...apiCalls({ webhookId: webhooks.victimInvestor }, json)];
        },
      } satisfies RouteCase,
    ]),
  ),
  "POST /api/v1/webhooks/[webhookId]/deliveries/[deliveryId]/redeliver": {
    as: "ally",
    calls: () => [
      ...apiCalls({ webhookId: webhooks.victimAlly, deliveryId: webhooks.victimAllyDelivery }),
      ...apiCalls({ webhookId: webhooks.victimInvestor, deliveryId: webhooks.victimInvestorDelivery }),
    ],
  },
  "GET /api/v1/portfolios/[portfolioId]": { as: "investor", calls: (w) => apiCalls({ portfolioId: w.victim.investor.portfolio.id }) },
  "GET /api/v1/portfolios/[portfolioId]/holdings": { as: "investor", calls: (w) => apiCalls({ portfolioId: w.victim.investor.portfolio.id }) },
  "POST /api/v1/portfolios/[portfolioId]/holdings": {
    as: "investor",
    calls: (w) =>
      apiCalls(
        { portfolioId: w.victim.investor.portfolio.id },
        { projectId: w.attacker.ally.project.id, investmentDate: "2026-01-15", committedAmount: "1000", currency: "USD" },
      ),
  },
  "GET /api/v1/portfolios/[portfolioId]/covenants": { as: "investor", calls: (w) => apiCalls({ portfolioId: w.victim.investor.portfolio.id }) },
  "GET /api/v1/holdings/[holdingId]": { as: "investor", calls: (w) => apiCalls({ holdingId: w.victim.holding.holding.id }) },
  "GET /api/v1/holdings/[holdingId]/cash-flows": { as: "investor", calls: (w) => apiCalls({ holdingId: w.victim.holding.holding.id }) },
  "POST /api/v1/holdings/[holdingId]/cash-flows": {
    as: "investor",
    calls: (w) => apiCalls({ holdingId: w.victim.holding.holding.id }, { kind: "fee", flowDate: "2026-03-02", amount: "1" }),
  },
  "GET /api/v1/projects/[projectId]/documents": { as: "ally", calls: (w) => apiCalls({ projectId: w.victim.ally.project.id }) },
  "GET /api/v1/documents/[documentId]": {
    as: "ally",
    calls: (w) => [...apiCalls({ documentId: w.victim.ally.document.id }), ...apiCalls({ documentId: w.victim.investor.document.id })],
  },
  "GET /api/v1/documents/[documentId]/download": {
    as: "ally",
    calls: (w) => [...apiCalls({ documentId: w.victim.ally.document.id }), ...apiCalls({ documentId: w.victim.investor.document.id })],
  },
  "POST /api/v1/projects/[projectId]/documents": {
    as: "ally",
    calls: (w) =>
      apiCalls({ projectId: w.victim.ally.project.id }).map((call) => ({
        ...call,
        body: multipartPdf(),
        headers: { ...call.headers, "content-type": `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` },
      })),
  },
  "GET /api/v1/projects/[projectId]/signal-score": { as: "ally", calls: (w) => apiCalls({ projectId: w.victim.ally.project.id }) },
  "POST /api/v1/qa/questions/[questionId]/answer": {
    as: "ally",
    calls: (w) => apiCalls({ questionId: w.victim.qa.question.id }, { content: "Intrusion", linkedDocumentIds: [] }),
  },
  "GET /api/v1/qa/questions/[questionId]": { as: "ally", calls: (w) => apiCalls({ questionId: w.victim.qa.question.id }) },
  "POST /api/v1/qa/questions/[questionId]/close": { as: "ally", calls: (w) => apiCalls({ questionId: w.victim.qa.question.id }) },
  // The victim's room, its investor a member: neither attacker's org is one, so both keys get 404.
  "GET /api/v1/deal-rooms/[dealRoomId]": { as: "investor", calls: (w) => apiCalls({ dealRoomId: w.victim.dealRoom.room.id }) },
  "GET /api/v1/projects/[projectId]/deal-rooms": { as: "ally", calls: (w) => apiCalls({ projectId: w.victim.ally.listedProject.id }) },
  "GET /api/v1/mandates/[mandateId]/matches": { as: "investor", calls: (w) => apiCalls({ mandateId: w.victim.investor.mandate.id }) },
  "GET /api/dataroom/documents/[documentId]/download": {
    as: "ally",
    calls: (w) => [
      { params: { documentId: w.victim.ally.document.id } },
      { params: { documentId: w.victim.ally.document.id }, query: { inline: "1" } },
      { as: "investor", params: { documentId: w.victim.investor.document.id } },
    ],
  },
  "GET /api/dataroom/documents/[documentId]/versions": { as: "ally", calls: (w) => [{ params: { documentId: w.victim.ally.document.id } }] },
  "GET /api/dataroom/portfolios/[portfolioId]/access-log": { as: "investor", calls: (w) => [{ params: { portfolioId: w.victim.investor.portfolio.id } }] },
  "GET /api/portfolios/[portfolioId]/export": {
    as: "investor",
    calls: (w) => [
      { params: { portfolioId: w.victim.investor.portfolio.id }, query: { format: "csv", what: "holdings" } },
      { params: { portfolioId: w.victim.investor.portfolio.id }, query: { format: "xlsx", what: "cash-flows" } },
      { as: "ally", params: { portfolioId: w.victim.investor.portfolio.id }, query: { format: "csv", what: "cash-flows" } },
    ],
  },
  // The assistant: a conversation is its user's own, and opening one on a page needs that page's own gate.
  "GET /api/assistant/conversations/[conversationId]": { as: "ally", calls: (w) => [{ params: { conversationId: w.victim.conversation.id } }] },
  "PATCH /api/assistant/conversations/[conversationId]": {
    as: "ally",
    calls: (w) => [{ params: { conversationId: w.victim.conversation.id }, body: json({ title: "Renamed by another org" }) }],
  },
  "DELETE /api/assistant/conversations/[conversationId]": { as: "ally", calls: (w) => [{ params: { conversationId: w.victim.conversation.id } }] },
  "GET /api/dataroom/projects/[projectId]/access-log": { as: "ally", calls: (w) => [{ params: { projectId: w.victim.ally.project.id } }] },
  "GET /api/live-status/[kind]": {
    as: "ally",
    calls: ({ victim: { ally: v, investor, memo } }) => [
      { params: { kind: "score" }, query: { ids: v.signalScore.id } },
      { params: { kind: "document" }, query: { ids: v.document.id } },
      { params: { kind: "redaction" }, query: { ids: v.redactionJob.id } },
      { as: "investor", params: { kind: "document" }, query: { ids: investor.document.id } },
      { as: "investor", params: { kind: "investment-memo" }, query: { ids: memo.id } },
    ],
  },
  "GET /api/investment-memos/[memoId]/pdf": {
    as: "investor",
    calls: (w) => [{ params: { memoId: w.victim.memo.id } }, { as: "ally", params: { memoId: w.victim.memo.id } }],
  },
  "GET /api/projects/[projectId]/cover": { as: "ally", calls: (w) => [{ params: { projectId: w.victim.ally.project.id } }] },
  // A listed project's PUBLIC documents are any investor's to read; a draft's are not, nor another listing's through one's own.
  "GET /api/marketplace/projects/[projectId]/documents/[documentId]": {
    as: "investor",
    calls: (w) => [
      { params: { projectId: w.victim.ally.project.id, documentId: w.victim.ally.document.id } },
      { params: { projectId: w.attacker.ally.listedProject.id, documentId: w.victim.ally.listedDocument.id } },
      { params: { projectId: w.attacker.ally.listedProject.id, documentId: w.victim.ally.listedDocument.id }, query: { inline: "1" } },
    ],
  },
  // Only a current member of an open room opens its documents; the victim's investor has accepted the NDA and may download.
  "GET /api/deal-rooms/[roomId]/documents/[documentId]": {
    as: "investor",
    calls: (w) => [
      { params: { roomId: w.victim.dealRoom.room.id, documentId: w.victim.ally.listedDocument.id } },
      { params: { roomId: w.victim.dealRoom.room.id, documentId: w.victim.ally.listedDocument.id }, query: { inline: "1" } },
      { params: { roomId: w.attacker.dealRoom.room.id, documentId: w.victim.ally.listedDocument.id }, query: { inline: "1" } },
      { as: "ally", params: { roomId: w.victim.dealRoom.room.id, documentId: w.victim.ally.listedDocument.id }, query: { inline: "1" } },
    ],
  },
  // The viewer's beacon: the same membership rules as the document; a refused batch writes no page view.
  "POST /api/deal-rooms/[roomId]/documents/[documentId]/engagement": {
    as: "investor",
    calls: (w) => [
      { params: { roomId: w.victim.dealRoom.room.id, documentId: w.victim.ally.listedDocument.id }, body: ENGAGEMENT_BATCH },
      { params: { roomId: w.attacker.dealRoom.room.id, documentId: w.victim.ally.listedDocument.id }, body: ENGAGEMENT_BATCH },
      { as: "ally", params: { roomId: w.victim.dealRoom.room.id, documentId: w.victim.ally.listedDocument.id }, body: ENGAGEMENT_BATCH },
    ],
  },
  "PUT /api/dataroom/upload": { as: "ally", calls: uploadCalls },
  "POST /api/dataroom/upload": { as: "ally", calls: uploadCalls },
  "GET /api/guest/rooms/[roomId]/documents/[documentId]": {
    as: "ally",
    publicRoute:
      "an outside guest has no session: the room's signed cookie is the credential, whoever sends it. The attacker's genuine guest cookie, " +
      "sent under the victim room's cookie name, must not open the victim's room (its audience and guest row are another room's), nor a " +
      "victim document through the attacker's own room.",
    calls: ({ victim: { dealRoom: v, ally: va }, attacker: { dealRoom: a } }) => {
      const cookie = (roomId: string) => ({ cookie: `${guestCookieName(roomId)}=${a.guest.cookie}` });
      return [
        { params: { roomId: v.room.id, documentId: va.listedDocument.id }, query: { inline: "1" }, headers: cookie(v.room.id) },
        { params: { roomId: v.room.id, documentId: va.listedDocument.id }, headers: cookie(v.room.id) },
        { params: { roomId: a.room.id, documentId: va.listedDocument.id }, query: { inline: "1" }, headers: cookie(a.room.id) },
      ];
    },
  },
  "GET /api/dataroom/shared/[token]/download": {
    as: "ally",
    publicRoute:
      "the token is a bearer credential: whoever holds the victim's genuine link may download (that is the feature), signed in or not. " +
      "Another org's ids therefore travel inside a token: the attacker's own genuine token with the victim's ids spliced in (the " +
      "signature fails), and tokens signed with the real key that pair the victim's document with the attacker's org or SHARED row " +
      "(as a bug in minting would): resolveShareLink must refuse all of them.",
    calls: ({ victim: { ally: v }, attacker: { ally: a } }) => {
      const expiresAt = new Date(Date.now() + 3_600_000);
      const sign = (orgId: string, sharedLogId: string) => signShareToken({ documentId: v.document.id, orgId, sharedLogId, recipientEmail: "x@example.com", expiresAt });
      return [
        { params: { token: spliceShareToken(a.share.token, v.share.claims) } },
        { params: { token: sign(a.actor.org.id, a.share.claims.sharedLogId) } },
        { params: { token: sign(v.actor.org.id, a.share.claims.sharedLogId) } },
      ];
    },
  },
};

/** Entry points that take no id another org could own, each with why, and where its own test lives. */
const EXEMPT: Record<string, { reason: string; coveredBy?: string }> = {
  createApiKeyAction: { reason: "creates a key for the session's org; takes no id", coveredBy: "tests/integration/api-keys.test.ts" },
  "GET /api/v1/webhooks": { reason: "lists the Bearer key's own org's webhooks; no ids", coveredBy: "tests/integration/api-v1-webhooks.test.ts" },
  "POST /api/v1/webhooks": { reason: "subscribes an endpoint for the Bearer key's own org; no ids", coveredBy: "tests/integration/api-v1-webhooks.test.ts" },
  createWebhookAction: { reason: "subscribes an endpoint for the session's org; takes no id", coveredBy: "tests/integration/webhooks.test.ts" },
  "GET /api/v1/projects": {
    reason: "lists the Bearer key's own org's projects; filters and a cursor only, no ids",
    coveredBy: "tests/integration/api-v1-projects.test.ts",
  },
  "GET /api/v1/portfolios": {
    reason: "lists the Bearer key's own org's portfolios; takes no id",
    coveredBy: "tests/integration/api-v1-portfolios.test.ts",
  },
  "GET /api/v1/openapi.json": {
    reason: "the API's OpenAPI document: public, describes the API and reads no tenant data",
    coveredBy: "tests/integration/api-openapi.test.ts",
  },
  "GET /api/v1/marketplace/projects": {
    reason: "the marketplace: every ally's listed projects by design (the listings read model), for the Bearer key's own investor org; filters only, no ids",
    coveredBy: "tests/integration/api-v1-marketplace.test.ts",
  },
  "GET /api/v1/deal-rooms": {
    reason: "lists the open rooms the Bearer key's own org is a member of; a cursor only, no ids",
    coveredBy: "tests/integration/api-v1-deal-rooms.test.ts",
  },
  "GET /api/v1/mandates": { reason: "lists the Bearer key's own org's mandates; a cursor only, no ids", coveredBy: "tests/integration/api-v1-matching.test.ts" },
  "GET /api/v1/matches": {
    reason: "lists the matches the Bearer key's own org sees (matchScope); a status and a cursor only, no ids",
    coveredBy: "tests/integration/api-v1-matching.test.ts",
  },
  "GET /api/v1/qa/questions": {
    reason: "lists the questions the Bearer key's own org sees; the project and room filters only narrow that scope, so another org's id gives an empty page",
    coveredBy: "tests/integration/api-v1-qa.test.ts",
  },
  "POST /api/v1/qa/questions": {
    reason:
      "any listed project is any investor's to ask about (the marketplace), so the project id in the JSON body (which this file's id check does not read) " +
      "passes one gate, getListedProjectOrThrow: a draft of another org and an ally's key are 404 and write nothing, asserted there",
    coveredBy: "tests/integration/api-v1-qa.test.ts",
  },
  "POST /api/v1/projects": {
    reason: "creates a project in the Bearer key's own org; takes no id",
    coveredBy: "tests/integration/api-v1-projects-write.test.ts",
  },
  "GET /api/v1/docs": { reason: "the API reference page: public, static HTML", coveredBy: "tests/integration/api-openapi.test.ts" },
  "GET /api/v1/docs/[asset]": {
    reason: "serves Swagger UI's files from node_modules by a fixed list of names; no data",
    coveredBy: "tests/integration/api-openapi.test.ts",
  },
  createProjectAction: { reason: "creates a project in the session's org; takes no id", coveredBy: "tests/integration/project-actions.test.ts" },
  previewKpiSheetAction: { reason: "reads a sheet against the session's own org's projects; takes no id", coveredBy: "tests/integration/project-kpis.test.ts" },
  importKpiSheetAction: {
    reason: "reports actuals for the session's own org's projects only, named in the sheet; takes no id",
    coveredBy: "tests/integration/project-kpis.test.ts",
  },
  createPortfolioAction: { reason: "creates a portfolio in the session's org; takes no id", coveredBy: "tests/integration/portfolios.test.ts" },
  addLocalMemberAction: {
    reason: "creates a member in the session's org; takes no id. Emails are unique platform-wide, so a taken one is a CONFLICT whichever org holds it (local mode only)",
    coveredBy: "tests/integration/team.test.ts",
  },
  updateOrgSettingsAction: { reason: "edits the session's own org; no org id in the input", coveredBy: "tests/integration/org-settings.test.ts" },
  uploadOrgLogoAction: { reason: "the session's own org's logo; no org id in the input", coveredBy: "tests/integration/org-settings.test.ts" },
  removeOrgLogoAction: { reason: "the session's own org's logo; no input at all", coveredBy: "tests/integration/org-settings.test.ts" },
  chooseOrgTypeAction: { reason: "sets the session's own org's type, once; no org id in the input", coveredBy: "tests/integration/access-model.test.ts" },
  createPromptVersionAction: { reason: "prompt templates are platform-wide, not owned by an org; ADMIN orgs only", coveredBy: "tests/integration/prompt-admin.test.ts" },
  activatePromptVersionAction: {
    reason: "prompt templates are platform-wide, not owned by an org; ADMIN orgs only",
    coveredBy: "tests/integration/prompt-admin.test.ts",
  },
  redeemGuestInviteAction: {
    reason: "takes only an invite token, a bearer credential stored as its hash; no tenant id. An unknown token is a 404",
    coveredBy: "tests/integration/deal-room-guests.test.ts",
  },
  acceptGuestNdaAction: {
    reason: "public: the room's guest cookie is the credential, checked against the room id (its audience) and the guest row; another room's cookie is a 404",
    coveredBy: "tests/integration/deal-room-guests.test.ts",
  },
  signInLocalAction: { reason: "local sign-in picks any seeded account by design; refused when auth is Clerk (production)" },
  signOutAction: { reason: "clears the caller's own session cookie; no input" },
  markAllNotificationsReadAction: {
    reason: "marks the caller's own notifications read (scoped to the session's user and org); no input",
    coveredBy: "tests/integration/notifications.test.ts",
  },
  updateNotificationPreferencesAction: {
    reason: "writes the caller's own settings in their own users row; no id in the input",
    coveredBy: "tests/integration/notifications.test.ts",
  },
  "POST /api/assistant/conversations": {
    reason:
      "the page's entity id is in the JSON body, which the matrix's id swap does not reach; another org's project, document and portfolio answer 404 and store nothing there",
    coveredBy: "tests/integration/assistant-routes.test.ts",
  },
  "POST /api/assistant/chat": {
    reason:
      "the conversation id is in the JSON body, which the matrix's id swap does not reach; another user's or org's conversation answers 404 and stores nothing there",
    coveredBy: "tests/integration/assistant-routes.test.ts",
  },
  "GET /api/assistant/conversations": {
    reason: "lists the session user's own conversations; search and cursor only, no ids",
    coveredBy: "tests/integration/assistant-routes.test.ts",
  },
  "GET /api/notifications": { reason: "the bell's summary of the session's own inbox; no id in the URL", coveredBy: "tests/integration/notifications.test.ts" },
  "GET /api/projects/export": { reason: "exports the session's org's projects; filters only, no ids", coveredBy: "tests/integration/export-projects.test.ts" },
  "GET /api/qa/export": {
    reason: "exports the questions the session's org sees; the project filter only narrows that scope, so another org's project id gives an empty workbook",
    coveredBy: "tests/integration/qa-export.test.ts",
  },
  "GET /api/org/logo": { reason: "the session's own org's logo; no id in the URL", coveredBy: "tests/integration/org-settings.test.ts" },
  "GET /api/health": { reason: "liveness probe; reads no tenant data" },
  "GET /api/dataroom/pdf-worker": { reason: "serves pdfjs's worker script from node_modules; no data" },
  "GET /api/vendor/maplibre-worker": { reason: "serves maplibre's worker script from node_modules; no data" },
  createMandateAction: { reason: "creates a mandate in the session's org; takes no id", coveredBy: "tests/integration/mandates.test.ts" },
  updateSlaPolicyAction: { reason: "sets the session's own org's Q&A response times; no id in the input", coveredBy: "tests/integration/qa-workflow.test.ts" },
  createSavedSearchAction: {
    reason: "saves a search for the session's user in the session's org; takes no id (the query is a marketplace filter, not a record)",
    coveredBy: "tests/integration/marketplace-saved-searches.test.ts",
  },
  "POST /api/webhooks/clerk": {
    reason: "no session: Clerk's svix signature is the credential, and the payload names Clerk's ids",
    coveredBy: "tests/integration/clerk-auth.test.ts",
  },
  "GET /api/inngest": { reason: "Inngest's serve handler: requests are signed with the signing key; jobs reload scoped data by the event's orgId" },
  "POST /api/inngest": { reason: "Inngest's serve handler: requests are signed with the signing key; jobs reload scoped data by the event's orgId" },
  "PUT /api/inngest": { reason: "Inngest's serve handler: requests are signed with the signing key; jobs reload scoped data by the event's orgId" },
};

const { entries, inlineServerActions } = listEntryPoints();
let world: TenancyWorld;
let orgIds: string[];
let victimIds: Set<string>;
let worldIds: Set<string>;

useTestStorage();
beforeAll(async () => {
  PDF = new Uint8Array(await pdfWithPages(["Intrusion"]));
  world = await buildTenancyWorld();
  orgIds = [world.victim.ally, world.victim.investor, world.attacker.ally, world.attacker.investor].map((side) => side.actor.org.id);
  const [victimAlly, victimInvestor, ...attackers] = await Promise.all(orgIds.map(listTenantIds));
  victimIds = new Set([...victimAlly!, ...victimInvestor!]);
  worldIds = new Set([...victimIds, ...attackers.flatMap((ids) => [...ids])]);
}, 120_000);

beforeAll(async () => {
  const keyFor = (side: { actor: AllySide["actor"] }) => createApiKey(side.actor, createApiKeySchema.parse({ name: "Tenancy", scopes: [...API_SCOPES] }));
  const [victimAlly, victimInvestor, attackerAlly, attackerInvestor] = await Promise.all(
    [world.victim.ally, world.victim.investor, world.attacker.ally, world.attacker.investor].map(keyFor),
  );
  apiKeys.victimAlly = victimAlly!.apiKey.id;
  apiKeys.victimInvestor = victimInvestor!.apiKey.id;
  apiKeys.attackerAllyBearer = attackerAlly!.key;
  apiKeys.attackerInvestorBearer = attackerInvestor!.key;
  for (const id of [apiKeys.victimAlly, apiKeys.victimInvestor]) victimIds.add(id), worldIds.add(id);
  for (const { apiKey } of [attackerAlly!, attackerInvestor!]) worldIds.add(apiKey.id);
  // Marked used in the future, so authenticating them never refreshes last_used_at: that write would
  // change the attacker's own rows between the snapshots, however long the file takes to get there.
  await db.apiKey.updateMany({ where: { id: { in: [attackerAlly!.apiKey.id, attackerInvestor!.apiKey.id] } }, data: { lastUsedAt: new Date(Date.now() + 86_400_000) } });
});

beforeAll(async () => {
  const subscribe = async (side: { actor: AllySide["actor"] }) => {
    const { webhook } = await createWebhook(side.actor, createWebhookSchema.parse({ url: "https://hooks.example.com/scr", events: ["project.updated"] }));
    const delivery = await db.webhookDelivery.create({ data: { subscriptionId: webhook.id, orgId: side.actor.org.id, eventType: "webhook.test", status: "delivered" } });
    return { subscriptionId: webhook.id, deliveryId: delivery.id };
  };
  const [ally, investor] = await Promise.all([world.victim.ally, world.victim.investor].map(subscribe));
  Object.assign(webhooks, {
    victimAlly: ally!.subscriptionId,
    victimInvestor: investor!.subscriptionId,
    victimAllyDelivery: ally!.deliveryId,
    victimInvestorDelivery: investor!.deliveryId,
  });
  for (const id of Object.values(webhooks)) victimIds.add(id), worldIds.add(id);
});

const ORG_LABELS = ["victim ally", "victim investor", "attacker ally", "attacker investor"];
const refusalContext = (checkIds: boolean): RefusalContext => ({
  victimIds,
  worldIds,
  checkIds,
  signInAs: (side) => signIn(world.attacker[side].actor),
  snapshot: async () => Object.fromEntries(await Promise.all(orgIds.map(async (id, i) => [ORG_LABELS[i], await snapshotTenant(id)]))),
});

async function loadEntry(entry: EntryPoint) {
  const module = (await import(/* @vite-ignore */ path.join(REPO_ROOT, entry.file))) as Record<string, unknown>;
  // The parser's list and the runtime's agree, or the enumeration above could miss an export.
  expect(Object.keys(module).sort()).toEqual(listValueExports(entry.file).sort());
  return module[entry.exportName] as never;
}

describe("tenancy matrix: another org's ids are a 404 and change nothing", () => {
  it("finds the entry points, and no server action hidden inside a function where no test can reach it", () => {
    expect(entries.length).toBeGreaterThan(30);
    expect(inlineServerActions, "move these inline 'use server' functions into an actions.ts").toEqual([]);
  });

  it("names no entry point that no longer exists, and none twice", () => {
    const keys = new Set(entries.map((entry) => entry.key));
    expect(keys.size, "two entry points share a name").toBe(entries.length);
    const named = [...Object.keys(ACTION_CASES), ...Object.keys(ROUTE_CASES), ...Object.keys(EXEMPT)];
    expect(named.filter((key) => !keys.has(key)).map((key) => `remove the stale tenancy entry for ${key} from ${FILE}`)).toEqual([]);
    expect(
      Object.keys(EXEMPT).filter((key) => key in ACTION_CASES || key in ROUTE_CASES),
      "both a case and an exemption",
    ).toEqual([]);
  });

  for (const entry of entries) {
    const exemption = EXEMPT[entry.key];
    if (exemption) {
      it(`${entry.key} is exempt: ${exemption.reason}`, () => {
        if (exemption.coveredBy) expect(existsSync(path.join(REPO_ROOT, exemption.coveredBy)), exemption.coveredBy).toBe(true);
      });
      continue;
    }
    it(entry.key, async () => {
      const actionCase = entry.kind === "action" ? ACTION_CASES[entry.key] : undefined;
      const routeCase = entry.kind === "route" ? ROUTE_CASES[entry.key] : undefined;
      if (!actionCase && !routeCase) {
        throw new Error(`add a tenancy case for ${entry.key} (${entry.file}) to ${FILE}, or exempt it with the reason it takes no tenant-owned id`);
      }
      const handler = await loadEntry(entry);
      if (actionCase) {
        const context = refusalContext(true);
        for (const call of actionCase.calls(world)) await expectRefused(call, actionCase.as, (c) => actionAnswer(handler, c.input), context);
      } else if (routeCase && entry.kind === "route") {
        const context = refusalContext(!routeCase.publicRoute);
        for (const call of routeCase.calls(world)) await expectRefused(call, routeCase.as, (c) => routeAnswer(handler, entry, c), context);
      }
    });
  }

  // Saved searches are their user's, not their org's: a colleague in the same org is refused as an outsider is.
  it("a saved search is a 404 to a colleague of its owner too", async () => {
    const owner = world.victim.investor.actor;
    const org = await db.organization.findUniqueOrThrow({ where: { id: owner.org.id } });
    const colleague = { ...toTenantContext(await createUser(db, { orgId: org.id, role: "admin" }), org), request: owner.request };
    const context = { ...refusalContext(true), signInAs: () => signIn(colleague) };
    const { updateSavedSearchAction, deleteSavedSearchAction } = await import("@/lib/marketplace/saved-searches/actions");
    const savedSearchId = world.victim.investor.savedSearch.id;
    const calls: [(input: never) => Promise<unknown>, ActionCall][] = [
      [updateSavedSearchAction, { input: { savedSearchId, name: "Renamed by a colleague", notify: false } }],
      [deleteSavedSearchAction, { input: { savedSearchId } }],
    ];
    for (const [action, call] of calls) await expectRefused(call, "investor", (c) => actionAnswer(action as (input: unknown) => Promise<unknown>, c.input), context);
  });
});
