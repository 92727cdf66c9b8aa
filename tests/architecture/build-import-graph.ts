import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** One import of a project file, as written: where, what, and whether it survives compilation. */
export type ImportEdge = {
  from: string;
  /** Project-relative path of the imported file, or null for a package or an unresolved specifier. */
  to: string | null;
  specifier: string;
  line: number;
  /** `import type`, `export type`, or named bindings that are all `type`: erased at runtime. */
  typeOnly: boolean;
  /** `await import(...)`: loaded later, but still loaded (and bundled for the browser). */
  dynamic: boolean;
};

export type ModuleNode = { file: string; directives: string[]; imports: ImportEdge[] };
export type ImportGraph = Map<string, ModuleNode>;

const SKIPPED_DIRS = new Set(["node_modules", ".data", "lib/db/generated"]);

function listSourceFiles(root: string, dir: string): string[] {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) || SKIPPED_DIRS.has(relative) || entry.name.startsWith(".next") ? [] : listSourceFiles(root, relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative] : [];
  });
}

/** The tsconfig's own options, so `@/` and every other path alias resolve exactly as tsc resolves them. */
function readCompilerOptions(root: string): ts.CompilerOptions {
  const configPath = path.join(root, "tsconfig.json");
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const { options, errors } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root, configPath);
  if (errors.length) throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, "\n")).join("\n"));
  return { ...options, pathsBasePath: root };
}

function readDirectives(source: ts.SourceFile): string[] {
  const directives: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    directives.push(statement.expression.text);
  }
  return directives;
}

function allSpecifiersTypeOnly(elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier> | undefined): boolean {
  return Boolean(elements?.length) && elements!.every((element) => element.isTypeOnly);
}

type RawImport = { specifier: string; node: ts.Node; typeOnly: boolean; dynamic: boolean };

function readImports(source: ts.SourceFile): RawImport[] {
  const found: RawImport[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = Boolean(clause && (clause.isTypeOnly || (!clause.name && allSpecifiersTypeOnly(named))));
      found.push({ specifier: statement.moduleSpecifier.text, node: statement, typeOnly, dynamic: false });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const named = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements : undefined;
      const typeOnly = statement.isTypeOnly || allSpecifiersTypeOnly(named);
      found.push({ specifier: statement.moduleSpecifier.text, node: statement, typeOnly, dynamic: false });
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const expression = statement.moduleReference.expression;
      if (ts.isStringLiteral(expression)) found.push({ specifier: expression.text, node: statement, typeOnly: statement.isTypeOnly, dynamic: false });
    }
  }
  if (source.text.includes("import(")) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [argument] = node.arguments;
        if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument.text, node, typeOnly: false, dynamic: true });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * Parses every .ts/.tsx file under `dirs` (and the given root files) with the TypeScript compiler's
 * own parser and resolver. Files outside the scanned set (generated Prisma client, packages) appear
 * only as import targets.
 */
export function buildImportGraph(root: string, dirs: string[], rootFiles: string[] = []): ImportGraph {
  const options = readCompilerOptions(root);
  const cache = ts.createModuleResolutionCache(root, (name) => name, options);
  const files = [...dirs.flatMap((dir) => listSourceFiles(root, dir)), ...rootFiles];
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const absolute = path.join(root, file);
    const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(absolute, readFileSync(absolute, "utf8"), ts.ScriptTarget.Latest, false, kind);
    const imports = readImports(source).map(({ specifier, node, typeOnly, dynamic }): ImportEdge => {
      const resolved = ts.resolveModuleName(specifier, absolute, options, ts.sys, cache).resolvedModule;
      const inProject = resolved && !resolved.isExternalLibraryImport && !resolved.resolvedFileName.includes("/node_modules/");
      const to = inProject ? path.relative(root, resolved.resolvedFileName).split(path.sep).join("/") : null;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      return { from: file, to, specifier, line, typeOnly, dynamic };
    });
    graph.set(file, { file, directives: readDirectives(source), imports });
  }
  return graph;
}

/** Edges that still exist when the code runs: type-only imports are erased by every compiler we use. */
export function runtimeImports(node: ModuleNode): ImportEdge[] {
  return node.imports.filter((edge) => !edge.typeOnly && edge.to !== null);
}

export function describeEdge(edge: ImportEdge): string {
  return `${edge.from}:${edge.line} imports "${edge.specifier}"${edge.dynamic ? " (dynamic import)" : ""}`;
}
