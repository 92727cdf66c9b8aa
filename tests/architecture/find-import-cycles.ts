import { type ImportEdge, type ImportGraph, runtimeImports } from "./build-import-graph";

/** Strongly connected components (Tarjan): every file in one component can reach every other. */
function stronglyConnected(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const edge of runtimeImports(graph.get(file)!)) {
      if (!graph.has(edge.to!)) continue;
      if (!index.has(edge.to!)) {
        visit(edge.to!);
        low.set(file, Math.min(low.get(file)!, low.get(edge.to!)!));
      } else if (onStack.has(edge.to!)) {
        low.set(file, Math.min(low.get(file)!, index.get(edge.to!)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    components.push(component);
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return components;
}

/** The shortest way from `start` back to itself inside one component, as the imports that make it. */
function shortestCycle(graph: ImportGraph, members: Set<string>, start: string): ImportEdge[] {
  const cameBy = new Map<string, ImportEdge>();
  const queue = [start];
  for (let at = 0; at < queue.length; at += 1) {
    for (const edge of runtimeImports(graph.get(queue[at])!)) {
      if (!members.has(edge.to!)) continue;
      if (edge.to === start) {
        const path = [edge];
        for (let back = cameBy.get(edge.from); back; back = cameBy.get(back.from)) path.unshift(back);
        return path;
      }
      if (cameBy.has(edge.to!)) continue;
      cameBy.set(edge.to!, edge);
      queue.push(edge.to!);
    }
  }
  throw new Error(`No cycle through ${start}, though it is in a cycle`);
}

/**
 * One cycle per tangle of files that import each other at runtime, shortest first, starting at its
 * alphabetically first file so the report is stable. A tangle can hold more cycles: fix one, rerun.
 */
export function findImportCycles(graph: ImportGraph): ImportEdge[][] {
  return stronglyConnected(graph)
    .filter((component) => component.length > 1 || runtimeImports(graph.get(component[0])!).some((edge) => edge.to === component[0]))
    .map((component) => shortestCycle(graph, new Set(component), [...component].sort()[0]))
    .sort((a, b) => a.length - b.length || a[0].from.localeCompare(b[0].from));
}
