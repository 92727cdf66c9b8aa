/**
 * A remark plugin: every `[n]` in the answer's prose becomes a link node to `#cite-n`, which the
 * markdown renderer turns into a link to that citation's source. Markdown leaves an undefined
 * reference like `[3]` as plain text, so the marker is found in text nodes; code and existing
 * links are left alone.
 */

type MdNode = { type: string; value?: string; url?: string; children?: MdNode[] };

export const CITATION_HREF_PREFIX = "#cite-";
const MARKER = /\[(\d{1,3})\]/g;
const SKIPPED = new Set(["link", "linkReference", "inlineCode", "code", "definition"]);

export function splitCitationMarkers(value: string): MdNode[] {
  const nodes: MdNode[] = [];
  let last = 0;
  for (const match of value.matchAll(MARKER)) {
    if (match.index > last) nodes.push({ type: "text", value: value.slice(last, match.index) });
    nodes.push({ type: "link", url: `${CITATION_HREF_PREFIX}${match[1]}`, children: [{ type: "text", value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (last < value.length) nodes.push({ type: "text", value: value.slice(last) });
  return nodes;
}

function transform(node: MdNode) {
  if (!node.children || SKIPPED.has(node.type)) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === "text" && child.value) return splitCitationMarkers(child.value);
    transform(child);
    return [child];
  });
}

export function remarkCitationLinks() {
  return (tree: MdNode) => transform(tree);
}

/** The citation number of a `#cite-n` href, or null for any other link. */
export function citationNumber(href: string | undefined): number | null {
  if (!href?.startsWith(CITATION_HREF_PREFIX)) return null;
  const n = Number(href.slice(CITATION_HREF_PREFIX.length));
  return Number.isInteger(n) && n > 0 ? n : null;
}
