import { cite, dataOf, messageOf, type ToolCaller } from "./offline-types";

type SearchData = { documents: { documentId: string; name: string; page: number; passage: string; citation: number }[] };
type PageData = { name: string; page: number; pageCount: number; text: string; citation: number };

/** The data room's best passages for the words, quoted with their page; nothing found is said as such, never guessed. */
export async function answerFromDocuments(call: ToolCaller, words: string, room: { projectId?: string; portfolioId?: string }, subject: string | null): Promise<string> {
  if (!words) return "I need a few words to look for in the documents: what should they be about?";
  const output = await call("searchDataRoom", { query: words, ...room });
  const data = dataOf<SearchData>(output);
  if (!data) return messageOf(output);
  const where = subject ? ` of ${subject}` : "";
  if (data.documents.length === 0) {
    return `No document you can see in the data room${where} matches “${words}”: such a document is not available to you, or the sources do not contain the answer.`;
  }
  const lines = data.documents.slice(0, 5).map((d) => `- ${d.name}, page ${d.page}: “${d.passage.slice(0, 280)}${d.passage.length > 280 ? "…" : ""}”${cite(d.citation)}`);
  return `The data room${where} has ${data.documents.length} document${data.documents.length === 1 ? "" : "s"} about “${words}”; the best passages:\n\n${lines.join("\n")}`;
}

/** A document the conversation was opened on: its first page, quoted. */
export async function answerFromDocumentPage(call: ToolCaller, documentId: string, page: number): Promise<string> {
  const output = await call("readDocumentPage", { documentId, page });
  const data = dataOf<PageData>(output);
  if (!data) return messageOf(output);
  const text = data.text.replace(/\s+/g, " ").trim();
  return `${data.name}, page ${data.page} of ${data.pageCount}: “${text.slice(0, 700)}${text.length > 700 ? "…" : ""}”${cite(data.citation)}`;
}
