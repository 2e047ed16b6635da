/** What a screen knows about data it is fetching. Framework-free so it can be tested alone. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

export const LOADING: LoadState<never> = { status: 'loading' };

export function valueOf<T>(state: LoadState<T>): T | undefined {
  return state.status === 'ready' ? state.value : undefined;
}
