/**
 * Every way into the app that a request can reach: the exported server actions (modules opening
 * with "use server", and every actions.ts under lib/) and the exported HTTP methods of every
 * route.ts under app/.
 * Read from the source with TypeScript's parser rather than by importing the modules, so listing
 * never runs a module's side effects (the Inngest route builds its handler at import time) and an
 * exempt module need not even load in a test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");

const SOURCE_DIRS = ["lib", "app", "components"];
const SKIPPED_DIRS = new Set(["node_modules", "generated", ".next"]);
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export type ActionEntry = { kind: "action"; key: string; file: string; exportName: string };
export type RouteEntry = { kind: "route"; key: string; file: string; exportName: string; pathPattern: string };
export type EntryPoint = ActionEntry | RouteEntry;

function listSourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listSourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [relative] : [];
  });
}

const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(path.join(REPO_ROOT, file), "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

const isUseServer = (statement: ts.Statement) =>
  ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression) && statement.expression.text === "use server";

/** A module-level "use server" directive: it must open the file, before any import. */
function hasUseServerDirective(source: ts.SourceFile): boolean {
  for (const statement of source.statements) {
    if (isUseServer(statement)) return true;
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
  }
  return false;
}

/** A "use server" inside a function body: an action no import can reach, so no test can either. */
function findInlineServerActions(source: ts.SourceFile): number[] {
  const lines: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node) && node.parent && ts.isFunctionLike(node.parent) && node.statements.some(isUseServer)) {
      lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The value exports of a module, as the runtime will see them (types and interfaces left out). */
export function listValueExports(file: string): string[] {
  const source = parse(file);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      if (!statement.exportClause) throw new Error(`${file}: "export *" hides what the module exports; list the names.`);
      if (ts.isNamespaceExport(statement.exportClause)) names.push(statement.exportClause.name.text);
      else for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    } else if (ts.isExportAssignment(statement)) {
      names.push("default");
    } else if (isExported(statement)) {
      const isDefault = (ts.getModifiers(statement as ts.HasModifiers) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      if (ts.isVariableStatement(statement)) names.push(...statement.declarationList.declarations.flatMap((d) => bindingNames(d.name)));
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && (isDefault || statement.name)) {
        names.push(isDefault ? "default" : statement.name!.text);
      } else if (ts.isEnumDeclaration(statement)) names.push(statement.name.text);
    }
  }
  return names;
}

/** app/api/projects/[projectId]/cover/route.ts -> /api/projects/[projectId]/cover (route groups dropped). */
function routePathPattern(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/** Every exported action and route method, keyed as the tenancy tables name them. */
export function listEntryPoints(): { entries: EntryPoint[]; inlineServerActions: string[] } {
  const files = SOURCE_DIRS.flatMap(listSourceFiles).sort();
  const entries: EntryPoint[] = [];
  const inlineServerActions: string[] = [];
  for (const file of files) {
    const source = parse(file);
    inlineServerActions.push(...findInlineServerActions(source).map((line) => `${file}:${line}`));
    if (/^app\/.*\/route\.tsx?$/.test(file)) {
      const pathPattern = routePathPattern(file);
      for (const exportName of listValueExports(file).filter((name) => HTTP_METHODS.has(name))) {
        entries.push({ kind: "route", key: `${exportName} ${pathPattern}`, file, exportName, pathPattern });
      }
    } else if (hasUseServerDirective(source) || /^lib\/.*\/actions\.tsx?$/.test(file)) {
      for (const exportName of listValueExports(file)) entries.push({ kind: "action", key: exportName, file, exportName });
    }
  }
  return { entries, inlineServerActions };
}
