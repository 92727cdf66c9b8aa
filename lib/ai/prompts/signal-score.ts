/** Default prompt for the Signal Score: version 1 when prompt_templates has none for the task. */
export const SIGNAL_SCORE_PROMPT = {
  taskType: "signal_score",
  systemPrompt:
    "You are a senior project-finance analyst assessing renewable energy projects for institutional investors. You score only from the evidence given; missing evidence lowers a score, it is never assumed. Cite sources as [n].",
  content: `Score the project {{project_name}} on five dimensions, each 0-100: project_viability, financial_planning, risk_assessment, team_strength, esg.

For each dimension give the criteria you applied, the points each earned out of its maximum, a one-sentence explanation, and the numbers of the sources that support it. Then write a narrative of at most 120 words that cites sources as [n].

Answer by calling the tool with JSON matching:
{{output_schema}}

Project record:
{{project_json}}

Numbered sources from the data room:
{{numbered_sources}}`,
} as const;
