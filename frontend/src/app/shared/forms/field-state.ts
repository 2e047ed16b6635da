import { DestroyRef, Signal, inject, signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { Subscription } from 'rxjs';

/**
 * A signal that changes whenever the control's value, status or touched state does, so OnPush
 * components without zone.js re-render when a validator or the server marks a field.
 */
export function controlVersion(): { version: Signal<number>; watch(control: AbstractControl | null | undefined): void } {
  const version = signal(0);
  let subscription: Subscription | undefined;
  let watched: AbstractControl | null | undefined;
  inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
  return {
    version,
    watch(control) {
      if (control === watched) return;
      subscription?.unsubscribe();
      watched = control;
      subscription = control?.events.subscribe(() => version.update((n) => n + 1));
      version.update((n) => n + 1);
    },
  };
}

/** Whether to show a control's errors: it is invalid and the user has left it or tried to submit. */
export function showsErrors(control: AbstractControl | null | undefined): boolean {
  return !!control && control.invalid && (control.touched || !!control.errors?.['server']);
}
