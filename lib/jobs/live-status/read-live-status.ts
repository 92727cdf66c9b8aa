import "server-only";
import type { AccessRule } from "@/lib/access/access-rule";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { dataroomAccess } from "@/lib/dataroom/access";
import { dealScreeningAccess } from "@/lib/deal-screening/access";
import { readScreenStatuses } from "@/lib/deal-screening/read-screen-statuses";
import { readDocumentStatuses } from "@/lib/dataroom/read-document-statuses";
import { investmentMemosAccess } from "@/lib/investment-memos/access";
import { readMemoLiveStatuses } from "@/lib/investment-memos/memo-status";
import { readRedactionStatuses } from "@/lib/dataroom/redaction/read-redaction-statuses";
import { signalScoreAccess } from "@/lib/signal-score/access";
import { readScoreStatuses } from "@/lib/signal-score/read-score-statuses";
import { jobsAccess } from "../access";
import type { LiveStatusKind, LiveStatusSnapshot } from "./live-status-types";
import { readJobListStatus } from "./read-job-list-status";

type Tenant = Pick<TenantContext, "org" | "role">;
type LiveSource = { rule: AccessRule; read: (tenant: Tenant, ids: string[]) => Promise<LiveStatusSnapshot> };

/** Per kind, who may poll it (the rule its page checks) and the tenant-scoped read that answers. */
export const LIVE_STATUS_SOURCES: Record<LiveStatusKind, LiveSource> = {
  score: { rule: signalScoreAccess.read, read: readScoreStatuses },
  document: { rule: dataroomAccess.read, read: readDocumentStatuses },
  redaction: { rule: dataroomAccess.readRedaction, read: readRedactionStatuses },
  "org-jobs": { rule: jobsAccess.org, read: (tenant) => readJobListStatus(tenant.org.id) },
  // Platform admins only (an ADMIN org): the rule refuses everyone else before anything is read.
  "platform-jobs": { rule: jobsAccess.platform, read: () => readJobListStatus(null) },
  "deal-screen": { rule: dealScreeningAccess.read, read: readScreenStatuses },
  "investment-memo": { rule: investmentMemosAccess.read, read: readMemoLiveStatuses },
};
