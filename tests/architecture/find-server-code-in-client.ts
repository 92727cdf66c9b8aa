import { type ImportEdge, type ImportGraph, type ModuleNode, runtimeImports } from "./build-import-graph";

export const DATABASE_CLIENT = "lib/db/client.ts";

export type ServerCodeInClient = { client: string; path: ImportEdge[]; reason: string };

function serverOnlyReason(node: ModuleNode): { edge: ImportEdge; reason: string } | null {
  for (const edge of node.imports) {
    if (edge.typeOnly) continue;
    if (edge.specifier === "server-only") return { edge, reason: 'imports "server-only"' };
    if (edge.to === DATABASE_CLIENT) return { edge, reason: "imports the database client" };
  }
  return null;
}

/**
 * For each client component ("use client"), the shortest runtime import chain to a module that
 * imports "server-only" or the database client: that module would be bundled for the browser.
 * A "use server" module is a boundary: the client bundle gets a reference to its actions, not its code.
 */
export function findServerCodeInClient(graph: ImportGraph): ServerCodeInClient[] {
  const found: ServerCodeInClient[] = [];
  const clients = [...graph.values()].filter((node) => node.directives.includes("use client"));
  for (const client of clients.sort((a, b) => a.file.localeCompare(b.file))) {
    const cameBy = new Map<string, ImportEdge>();
    const queue = [client.file];
    for (let at = 0; at < queue.length; at += 1) {
      const node = graph.get(queue[at])!;
      const offence = serverOnlyReason(node);
      if (offence) {
        const path = [offence.edge];
        for (let back = cameBy.get(node.file); back; back = cameBy.get(back.from)) path.unshift(back);
        found.push({ client: client.file, path, reason: offence.reason });
        break;
      }
      for (const edge of runtimeImports(node)) {
        const target = graph.get(edge.to!);
        if (!target || target.directives.includes("use server") || cameBy.has(target.file) || target.file === client.file) continue;
        cameBy.set(target.file, edge);
        queue.push(target.file);
      }
    }
  }
  return found;
}
