import { Inngest } from "inngest";

export const inngest = new Inngest({ id: "scr-platform" });

/** Inngest Cloud (event key) or the Inngest dev server (INNGEST_DEV); otherwise the embedded runner. */
export function isInngestConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_DEV);
}
