import { Survey } from '@mentor/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { DatePipe } from '../../core/i18n/date.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslationService } from '../../core/i18n/translation.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FieldStateDirective } from '../../shared/forms/field-state.directive';
import { PublicHeaderComponent } from '../../shared/ui/public-header.component';
import { SurveyApiService } from './survey-api.service';
import { SCORES, SURVEY_COMMENT_MAX, Score, questionText, surveyProblem, toSurveyAnswerInput, unanswered } from './survey-rules';

type Loaded = { status: 'loading' } | { status: 'ready'; survey: Survey } | { status: 'problem'; problem: ReturnType<typeof surveyProblem> };

/**
 * Public: `/survey/:token`, the satisfaction survey after a course, for the citizen or the
 * caseworker. A few statements on a 1–5 scale and an optional comment; no login.
 */
@Component({
  selector: 'mm-survey-page',
  imports: [ReactiveFormsModule, TranslatePipe, DatePipe, PublicHeaderComponent, FieldErrorComponent, FieldStateDirective],
  templateUrl: './survey.page.html',
  styleUrl: './survey.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyPage {
  private readonly api = inject(SurveyApiService);
  private readonly i18n = inject(TranslationService);

  /** The token from `/survey/:token`. */
  readonly token = input.required<string>();

  private readonly attempt = signal(0);
  protected readonly loaded = toSignal(
    toObservable(computed(() => ({ token: this.token(), attempt: this.attempt() }))).pipe(
      switchMap(({ token }) =>
        this.api.survey(token).pipe(
          map((survey): Loaded => ({ status: 'ready', survey })),
          catchError((error: unknown) => of<Loaded>({ status: 'problem', problem: surveyProblem(error instanceof HttpErrorResponse ? error.status : -1) })),
          startWith<Loaded>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Loaded },
  );

  protected readonly answers = signal<Record<string, Score | undefined>>({});
  protected readonly comment = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(SURVEY_COMMENT_MAX)] });
  protected readonly attempted = signal(false);
  protected readonly sending = signal(false);
  protected readonly done = signal<'thanks' | 'answered' | null>(null);
  protected readonly sendError = signal<string | null>(null);

  protected readonly scores = SCORES;
  protected readonly commentMax = SURVEY_COMMENT_MAX;

  protected readonly missing = computed(() => {
    const state = this.loaded();
    return state.status === 'ready' ? unanswered(state.survey.questions, this.answers()) : [];
  });

  protected text(survey: Survey, question: { code: string; text: string }): string {
    return questionText(question, survey.respondent, this.i18n.lang());
  }

  protected isMissing(code: string): boolean {
    return this.attempted() && this.missing().includes(code);
  }

  protected choose(code: string, score: Score): void {
    this.answers.update((a) => ({ ...a, [code]: score }));
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected send(survey: Survey): void {
    if (this.sending()) return;
    this.attempted.set(true);
    this.sendError.set(null);
    const missing = this.missing();
    if (missing.length || this.comment.invalid) {
      this.comment.markAsTouched();
      setTimeout(() => document.querySelector<HTMLElement>(missing.length ? `#q-${missing[0]}-1` : '#survey-comment')?.focus());
      return;
    }
    this.sending.set(true);
    this.api.answer(this.token(), toSurveyAnswerInput(survey.questions, this.answers(), this.comment.value)).subscribe({
      next: () => {
        this.sending.set(false);
        this.done.set('thanks');
        setTimeout(() => document.getElementById('survey-done')?.focus());
      },
      error: (error: unknown) => {
        this.sending.set(false);
        const status = error instanceof HttpErrorResponse ? error.status : -1;
        const problem = surveyProblem(status);
        if (problem === 'answered') {
          this.done.set('answered');
          return;
        }
        this.sendError.set(this.i18n.t(problem === 'unknown' ? 'survey.unknown' : problem === 'unavailable' ? 'form.error.unavailable' : 'survey.sendError'));
      },
    });
  }
}
