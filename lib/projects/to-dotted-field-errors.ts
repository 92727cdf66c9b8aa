type ErrorNode = { _errors?: string[] } & { [key: string]: unknown };

export type DottedFieldErrors = { formErrors: string[]; fieldErrors: Record<string, string[]> };

/**
 * next-safe-action's nested errors as one flat map keyed by path ("technologyDetails.dcAcRatio"),
 * so a form with nested fields can put each message next to its own input.
 */
export function toDottedFieldErrors(errors: unknown): DottedFieldErrors {
  const fieldErrors: Record<string, string[]> = {};
  const walk = (node: ErrorNode, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === "_errors" || !value || typeof value !== "object") continue;
      const child = value as ErrorNode;
      const childPath = path ? `${path}.${key}` : key;
      if (child._errors?.length) fieldErrors[childPath] = [...child._errors];
      walk(child, childPath);
    }
  };
  const root = (errors ?? {}) as ErrorNode;
  walk(root, "");
  return { formErrors: root._errors ?? [], fieldErrors };
}
