import type { AssistantCitation } from "../assistant-message";

/**
 * The sources of one turn, numbered in the order the tools first read them; the same source read
 * twice keeps its number, so [n] in the answer means one thing. `fresh` hands out the ones not yet
 * sent to the client.
 */
export class CitationBook {
  private readonly byHref = new Map<string, AssistantCitation>();
  private sent = 0;

  cite(source: Omit<AssistantCitation, "n">): AssistantCitation {
    const known = this.byHref.get(source.href);
    if (known) return known;
    const citation: AssistantCitation = { ...source, n: this.byHref.size + 1, snippet: source.snippet ? source.snippet.slice(0, 400) : null };
    this.byHref.set(source.href, citation);
    return citation;
  }

  all(): AssistantCitation[] {
    return [...this.byHref.values()];
  }

  fresh(): AssistantCitation[] {
    const all = this.all();
    const unsent = all.slice(this.sent);
    this.sent = all.length;
    return unsent;
  }
}
