import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildImportGraph, describeEdge, type ImportEdge, type ImportGraph } from "../architecture/build-import-graph";
import { findImportCycles } from "../architecture/find-import-cycles";
import { findServerCodeInClient } from "../architecture/find-server-code-in-client";

/**
 * The import rules of CONTRIBUTING.md and DESIGN.md §5, checked on the source: no import cycles,
 * lib/ below the UI and the job registry, and no server-only module in a client bundle.
 * Type-only imports are erased by tsc, SWC and esbuild alike, so cycles and client bundles ignore
 * them; layering does not: a lib/ type borrowed from a page or a job would tie the domain to its
 * callers' shapes, and the type belongs in lib/ anyway.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED_DIRS = ["app", "components", "lib", "inngest", "scripts", "prisma"];
const ROOT_FILES = ["proxy.ts"];
const ABOVE_LIB = ["app/", "components/", "inngest/"];

let graph: ImportGraph;

beforeAll(() => {
  graph = buildImportGraph(ROOT, SCANNED_DIRS, ROOT_FILES);
});

function chain(edges: ImportEdge[]): string {
  return edges.map((edge, step) => `${"  ".repeat(step + 1)}${step ? "→ " : ""}${describeEdge(edge)}`).join("\n");
}

/** Fails with the findings alone, one readable block each, rather than an array diff. */
function expectNone(findings: string[], heading: string): void {
  if (findings.length) expect.fail(`${heading}\n\n${findings.join("\n\n")}\n`);
}

describe("architecture", () => {
  it("sees the whole project", () => {
    // Guards the guards: a scanner that finds nothing would pass every rule below.
    expect(graph.size).toBeGreaterThan(300);
    expect([...graph.values()].filter((node) => node.directives.includes("use client")).length).toBeGreaterThan(20);
    expect(graph.get("lib/db/client.ts")?.imports.some((edge) => edge.specifier === "server-only")).toBe(true);
  });

  it("has no import cycle among the project's files", () => {
    const cycles = findImportCycles(graph).map((cycle) => `cycle of ${cycle.length} files:\n${chain(cycle)}`);
    expectNone(cycles, "Import cycles (type-only imports ignored):");
  });

  it("keeps lib/ below app/, components/ and inngest/ (type imports included)", () => {
    const upward = [...graph.values()]
      .filter((node) => node.file.startsWith("lib/"))
      .flatMap((node) => node.imports)
      .filter((edge) => edge.to !== null && ABOVE_LIB.some((layer) => edge.to!.startsWith(layer)))
      .map((edge) => `  ${describeEdge(edge)}${edge.typeOnly ? " (type only)" : ""}`);
    expectNone(upward, `lib/ must not import from ${ABOVE_LIB.join(", ")}; move what both need into lib/:`);
  });

  it("bundles no server-only module into a client component", () => {
    const leaks = findServerCodeInClient(graph).map(({ client, path: edges, reason }) => `${client} ("use client") reaches a module that ${reason}:\n${chain(edges)}`);
    expectNone(leaks, 'Server code in client components (runtime imports; a "use server" module is a boundary):');
  });
});
