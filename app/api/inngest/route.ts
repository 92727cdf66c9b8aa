import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { jobs } from "@/inngest/functions";
import { toInngestFunction } from "@/inngest/to-inngest-function";

export const { GET, POST, PUT } = serve({ client: inngest, functions: jobs.map(toInngestFunction) });
