/** Default prompt for reading a data-room document into facts that the Signal Score cites. */
export const DOCUMENT_FACTS_PROMPT = {
  taskType: "document_facts",
  systemPrompt: "You read project-finance documents and quote them exactly. Never paraphrase an excerpt and never invent a page number.",
  content: `From the document {{document_name}}, list the facts an investor would use to assess the project. For each fact give its key (one of: {{fact_keys}}), the page it is on, and the exact line it comes from as the excerpt. Report each key at most once, with its strongest evidence.

Answer by calling the tool with JSON matching:
{{output_schema}}

Document text (pages separated by form feeds):
{{document_text}}`,
} as const;
