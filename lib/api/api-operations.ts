import type { ApiOperation } from "./define-api-operation";
import { getDealRoomOperation, listDealRoomsOperation, listProjectDealRoomsOperation } from "./deal-rooms/operations";
import { createBudgetItemOperation, deleteBudgetItemOperation, getBudgetOperation, updateBudgetItemOperation } from "./budget/operations";
import { PORTFOLIO_OPERATIONS } from "./portfolios/operations";
import { downloadDocumentOperation, getDocumentOperation, listProjectDocumentsOperation, uploadProjectDocumentOperation } from "./documents/operations";
import { createMilestoneOperation, deleteMilestoneOperation, listMilestonesOperation, updateMilestoneOperation } from "./milestones/operations";
import { WEBHOOK_OPERATIONS } from "./webhooks/operations";
import { getSignalScoreOperation } from "./signal-scores/operations";
import { searchMarketplaceOperation } from "./marketplace/operations";
import { listMandateMatchesOperation, listMandatesOperation, listMatchesOperation } from "./matching/operations";
import { answerQuestionOperation, askQuestionOperation, closeQuestionOperation, getQuestionOperation, listQuestionsOperation } from "./qa/operations";
import { createProjectOperation, getProjectOperation, listProjectsOperation, updateProjectOperation } from "./projects/operations";

/**
 * Every operation of the public API, in reference order: the OpenAPI document is generated from
 * this list, and a test checks that every route under app/api/v1 serves one of them.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  listProjectsOperation,
  getProjectOperation,
  createProjectOperation,
  updateProjectOperation,
  listMilestonesOperation,
  createMilestoneOperation,
  updateMilestoneOperation,
  deleteMilestoneOperation,
  getBudgetOperation,
  createBudgetItemOperation,
  updateBudgetItemOperation,
  deleteBudgetItemOperation,
  listProjectDocumentsOperation,
  getDocumentOperation,
  downloadDocumentOperation,
  uploadProjectDocumentOperation,
  getSignalScoreOperation,
  searchMarketplaceOperation,
  listMandatesOperation,
  listMandateMatchesOperation,
  listMatchesOperation,
  listQuestionsOperation,
  getQuestionOperation,
  askQuestionOperation,
  answerQuestionOperation,
  closeQuestionOperation,
  listProjectDealRoomsOperation,
  listDealRoomsOperation,
  getDealRoomOperation,
  ...PORTFOLIO_OPERATIONS,
  ...WEBHOOK_OPERATIONS,
];
