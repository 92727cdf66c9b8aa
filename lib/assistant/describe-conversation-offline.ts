/** A title from the first question: its first line, cut at a word near 80 characters. */
export function titleFromQuestion(question: string): string {
  const line = question.split("\n")[0]!.replace(/\s+/g, " ").trim();
  if (line.length <= 80) return line;
  const cut = line.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}

/** A summary from the latest exchange: the question and the first sentence of its answer, without citation marks. */
export function summaryFromExchange(question: string, answer: string): string {
  const firstSentence = answer
    .replace(/\s*\[\d+\]/g, "")
    .split(/(?<=[.!?])\s|\n/)[0]!
    .trim();
  return `Asked “${titleFromQuestion(question)}”; answered: ${firstSentence}`.slice(0, 600);
}
