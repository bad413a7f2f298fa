/** Everything the widget says to the console starts with this, so an integrator can filter it. */
export const PREFIX = '[IntercoTOUR]';

export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/** Runs `task` so that nothing it throws reaches the host page: it is logged instead. */
export function guard(task: () => unknown): void {
  try {
    const result = task();
    if (result instanceof Promise) result.catch(fail);
  } catch (error) {
    fail(error);
  }
}

function fail(error: unknown): void {
  console.error(PREFIX, error);
}
