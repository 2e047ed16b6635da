import { SURVEY_QUESTIONS, Survey, SurveyAnswerInput } from '@mentor/contracts';
import type { Lang } from '../../core/i18n/translations';

export type Score = 1 | 2 | 3 | 4 | 5;
export const SCORES: readonly Score[] = [1, 2, 3, 4, 5];
export const SURVEY_COMMENT_MAX = 2000;

/** A question in the reader's language when the code is a known one, else the text the API sent. */
export function questionText(question: { code: string; text: string }, respondent: Survey['respondent'], lang: Lang): string {
  const known = SURVEY_QUESTIONS[respondent]?.find((q) => q.code === question.code);
  return known ? known[lang] : question.text;
}

/** The codes of the questions not yet answered, in the survey's order. */
export function unanswered(questions: readonly { code: string }[], answers: Readonly<Record<string, Score | undefined>>): string[] {
  return questions.filter((q) => !answers[q.code]).map((q) => q.code);
}

export function toSurveyAnswerInput(
  questions: readonly { code: string }[],
  answers: Readonly<Record<string, Score | undefined>>,
  comment: string,
): SurveyAnswerInput {
  const input: SurveyAnswerInput = { answers: {} };
  for (const q of questions) {
    const score = answers[q.code];
    if (score) input.answers[q.code] = score;
  }
  const text = comment.trim();
  if (text) input.comment = text;
  return input;
}

/** What the page shows after a failed load or answer, by HTTP status. */
export function surveyProblem(status: number): 'unknown' | 'answered' | 'unavailable' | 'other' {
  if (status === 404 || status === 410) return 'unknown';
  if (status === 409) return 'answered';
  if (status === 0) return 'unavailable';
  return 'other';
}
