import { z } from "zod";
import { matchingAccess } from "@/lib/matching/access";
import { listMatches } from "@/lib/matching/inbox/list-matches";
import { MATCH_STATUSES } from "@/lib/matching/match-statuses";
import { defineTool } from "./tool-definition";

const inputSchema = z.object({ status: z.enum(MATCH_STATUSES).optional().describe("Only matches in this status.") });

/** The matches inbox from the user's side: project, counterpart, score and status, latest activity first. */
export const listMatchesTool = defineTool({
  name: "listMatches",
  description: "List the organisation's investor/project matches with their overall fit score, status and counterpart.",
  inputSchema,
  rules: [matchingAccess.readMatches],
  async run({ actor, cite }, { status }) {
    const inbox = await listMatches(actor, { status: status ?? null });
    const citations = inbox.rows.map((m) =>
      cite({ kind: "match", title: `${m.projectName} · ${m.counterpartName}`, href: `/matches/${m.id}`, snippet: `${m.status} · score ${m.overallScore}` }),
    );
    const matches = inbox.rows.map((m, i) => ({
      project: m.projectName,
      counterpart: m.counterpartName,
      mandate: m.mandateName,
      overallScore: m.overallScore,
      status: m.status,
      updatedAt: m.updatedAt,
      citation: citations[i]!.n,
    }));
    return { available: true, data: { side: inbox.side, counts: inbox.counts, total: inbox.total, matches }, citations };
  },
});
