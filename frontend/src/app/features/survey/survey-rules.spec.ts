import { questionText, surveyProblem, toSurveyAnswerInput, unanswered } from './survey-rules';

const questions = [
  { code: 'listened', text: 'Min mentor lyttede til mig' },
  { code: 'overall', text: 'Alt i alt er jeg tilfreds med forløbet' },
];

describe('the satisfaction survey', () => {
  it('shows the known questions in the reader’s language and others as sent', () => {
    expect(questionText(questions[0], 'citizen', 'en')).toBe('My mentor listened to me');
    expect(questionText(questions[0], 'citizen', 'da')).toBe('Min mentor lyttede til mig');
    expect(questionText({ code: 'new', text: 'Et nyt spørgsmål' }, 'citizen', 'en')).toBe('Et nyt spørgsmål');
  });

  it('lists the questions still to answer', () => {
    expect(unanswered(questions, { listened: 4 })).toEqual(['overall']);
    expect(unanswered(questions, { listened: 4, overall: 5 })).toEqual([]);
  });

  it('sends each answer and the comment only when written', () => {
    expect(toSurveyAnswerInput(questions, { listened: 4, overall: 5, stray: 1 }, '  ')).toEqual({ answers: { listened: 4, overall: 5 } });
    expect(toSurveyAnswerInput(questions, { listened: 2, overall: 3 }, ' Tak ')).toEqual({ answers: { listened: 2, overall: 3 }, comment: 'Tak' });
  });

  it('tells an unknown link from one already answered', () => {
    expect(surveyProblem(404)).toBe('unknown');
    expect(surveyProblem(409)).toBe('answered');
    expect(surveyProblem(0)).toBe('unavailable');
    expect(surveyProblem(500)).toBe('other');
  });
});
