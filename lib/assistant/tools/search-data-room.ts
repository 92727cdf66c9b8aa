import { z } from "zod";
import { dataroomAccess } from "@/lib/dataroom/access";
import { searchDocuments } from "@/lib/dataroom/search-documents";
import type { AssistantCitation } from "../assistant-message";
import { cleanSearchText } from "@/lib/utils/free-text";
import { findHitPassages } from "./find-hit-passages";
import { documentPageHref } from "./document-page-href";
import { defineTool } from "./tool-definition";

const inputSchema = z.object({
  query: z.string().trim().min(1).max(200).describe('Words to find in the documents; "exact phrase" and -excluded work as in web search.'),
  projectId: z.uuid().optional().describe("Only this project's data room."),
  portfolioId: z.uuid().optional().describe("Only this portfolio's data room (investors)."),
});

/** The data room's own full-text search (the role's classifications, current versions), each hit with the page of its best passage. */
export const searchDataRoomTool = defineTool({
  name: "searchDataRoom",
  description: "Full-text search of the organisation's data room documents the user may see. Returns each document with the page and passage that matched best.",
  inputSchema,
  rules: [dataroomAccess.read],
  async run({ actor, cite }, { query, projectId, portfolioId }) {
    const room = projectId ? ({ kind: "project", id: projectId } as const) : portfolioId ? ({ kind: "portfolio", id: portfolioId } as const) : undefined;
    const hits = await searchDocuments(actor, query, { room, limit: 8 });
    const passages = await findHitPassages(
      actor.org.id,
      hits.map((h) => h.documentId),
      cleanSearchText(query).trim().slice(0, 200),
    );
    const citations: AssistantCitation[] = [];
    const documents = hits.map((hit) => {
      const passage = passages.get(hit.documentId);
      const page = passage?.pageNumber ?? 1;
      const text = passage?.content.replace(/\s+/g, " ").trim().slice(0, 700) ?? hit.snippet.map((s) => s.text).join("");
      const citation = cite({ kind: "document-page", title: `${hit.name}, page ${page}`, href: documentPageHref(hit.documentId, page), snippet: text.slice(0, 300) });
      citations.push(citation);
      return { documentId: hit.documentId, name: hit.name, projectId: hit.projectId, portfolioId: hit.portfolioId, page, passage: text, citation: citation.n };
    });
    return { available: true, data: { query, documents }, citations };
  },
});
