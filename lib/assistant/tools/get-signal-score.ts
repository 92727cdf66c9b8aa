import { z } from "zod";
import { signalScoreAccess } from "@/lib/signal-score/access";
import { getSignalScoreView } from "@/lib/signal-score/get-signal-score-view";
import type { AssistantCitation } from "../assistant-message";
import { documentPageHref } from "./document-page-href";
import { defineTool } from "./tool-definition";

const inputSchema = z.object({ projectId: z.uuid().describe("The project's id.") });

/** The Signal Score page: the newest completed version, its five dimensions and the document pages it cites as evidence. */
export const getSignalScoreTool = defineTool({
  name: "getSignalScore",
  description: "Read a project's latest completed signal score: overall, the five dimensions, the narrative and the document pages cited as evidence.",
  inputSchema,
  rules: [signalScoreAccess.read],
  async run({ actor, cite }, { projectId }) {
    const view = await getSignalScoreView(actor, projectId);
    const page = cite({
      kind: "signal-score",
      title: `${view.project.name}: signal score`,
      href: `/projects/${view.project.id}/signal-score`,
      snippet: view.current?.narrative?.slice(0, 300) ?? null,
    });
    const citations: AssistantCitation[] = [page];
    if (!view.current) {
      return { available: true, data: { project: view.project.name, score: null, running: view.running !== null, citation: page.n }, citations };
    }
    const evidence = view.current.citations
      .filter((c) => c.documentId)
      .slice(0, 8)
      .map((c) => {
        const citation = cite({
          kind: "document-page",
          title: `${c.documentName ?? "Document"}, page ${c.page ?? 1}`,
          href: documentPageHref(c.documentId!, c.page ?? 1),
          snippet: c.excerpt,
        });
        citations.push(citation);
        return { document: c.documentName, page: c.page, excerpt: c.excerpt?.slice(0, 300) ?? null, citation: citation.n };
      });
    return {
      available: true,
      data: {
        project: view.project.name,
        version: view.current.version,
        overall: view.current.overall,
        scoredAt: view.current.createdAt,
        dimensions: view.current.dimensions.map((d) => ({ label: d.label, weightPct: d.weightPct, score: d.score })),
        narrative: view.current.narrative?.slice(0, 1_500) ?? null,
        evidence,
        citation: page.n,
      },
      citations,
    };
  },
});
