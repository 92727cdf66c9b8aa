import { hasAccess } from "@/lib/access/check-access";
import type { Actor } from "@/lib/auth/actor";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { listPortfolios } from "@/lib/portfolios/list-portfolios";
import type { AssistantContextType } from "../assistant-message";
import { answerDealRooms, answerMatches, answerOpenQuestions, answerSignalScore } from "./activity-answers";
import { answerFromDocumentPage, answerFromDocuments } from "./document-answers";
import type { ToolCaller } from "./offline-types";
import { answerCovenants, answerPortfolioMetrics } from "./portfolio-answers";
import { answerCompare, answerFind, answerProjectStatus } from "./project-answers";
import { recogniseIntent, searchWords } from "./recognise-intent";
import { type Named, resolveSubjects } from "./resolve-subjects";

export type OfflineConversation = { contextType: AssistantContextType; contextEntityId: string | null; contextLabel: string | null };

export const OFFLINE_NOTICE = "This is the offline assistant: no AI model is configured, so answers are assembled by rules from your data, with their sources.";

const NO_PROJECT =
  "I could not find a project of yours by that name. A project you do not have access to is not available to the assistant; name one of your projects, or ask from its page.";

/**
 * The assistant without a model: the question's intent by rules, its subject from the names it
 * contains or the page it was asked from, then the same tools as the model path (each a visible
 * step) and a template over what they returned, citing each source as [n]. When the tools find
 * nothing, it says so; it never guesses.
 */
export async function answerOffline(actor: Actor, conversation: OfflineConversation, question: string, call: ToolCaller): Promise<string> {
  const intent = recogniseIntent(question);
  const subjects = await resolveSubjects(actor, question);
  const context = (type: AssistantContextType) => (conversation.contextType === type && conversation.contextEntityId ? conversation.contextEntityId : null);
  const namedProject: Named | null = subjects.projects[0] ?? null;
  // An id typed in the question goes to the tools as it is: they answer "not available" for anything the user may not see.
  const projectId = namedProject?.id ?? subjects.ids[0] ?? context("PROJECT");
  const projectName = namedProject?.name ?? (projectId === context("PROJECT") ? conversation.contextLabel : null);

  switch (intent) {
    case "portfolio-metrics":
    case "covenants": {
      if (!hasAccess(actor, portfoliosAccess.read)) break;
      const portfolioId = subjects.portfolios[0]?.id ?? subjects.ids[0] ?? context("PORTFOLIO") ?? (await onlyPortfolio(actor));
      if (!portfolioId) return choosePortfolio(actor);
      return intent === "covenants" ? answerCovenants(call, portfolioId) : answerPortfolioMetrics(call, portfolioId);
    }
    case "open-questions":
      return answerOpenQuestions(call, projectId, projectName);
    case "signal-score":
      if (actor.org.type === "ALLY") return projectId ? answerSignalScore(call, projectId) : NO_PROJECT;
      break;
    case "matches":
      return answerMatches(call);
    case "deal-rooms":
      return answerDealRooms(call, projectId);
    case "compare": {
      const ids = [...subjects.projects.map((p) => p.id), ...subjects.ids];
      return ids.length >= 2 ? answerCompare(call, ids) : "Name two of your projects to compare, for example “compare Turkana and Kisumu”.";
    }
    case "summarise":
    case "status":
      if (context("DOCUMENT") && !namedProject) return answerFromDocumentPage(call, context("DOCUMENT")!, 1);
      if (projectId) return answerProjectStatus(call, projectId, intent === "summarise");
      if (subjects.portfolios[0] || context("PORTFOLIO")) return answerPortfolioMetrics(call, (subjects.portfolios[0]?.id ?? context("PORTFOLIO"))!);
      return NO_PROJECT;
    case "find":
      return answerFind(call, searchWords(question));
    case "documents":
      break;
  }
  const room = projectId ? { projectId } : context("PORTFOLIO") ? { portfolioId: context("PORTFOLIO")! } : {};
  const names = [...subjects.projects, ...subjects.portfolios].map((s) => s.name);
  return answerFromDocuments(call, searchWords(question, names), room, projectName);
}

async function onlyPortfolio(actor: Actor): Promise<string | null> {
  const portfolios = await listPortfolios(actor);
  return portfolios.length === 1 ? portfolios[0]!.id : null;
}

async function choosePortfolio(actor: Actor): Promise<string> {
  const portfolios = await listPortfolios(actor);
  if (portfolios.length === 0) return "Your organisation has no portfolio yet, so there are no portfolio figures to report.";
  return `Which portfolio? Yours are: ${portfolios.map((p) => p.name).join("; ")}.`;
}
