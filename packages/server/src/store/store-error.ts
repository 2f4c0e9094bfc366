/** An unexpected storage failure: names the store operation and carries the driver's error as `cause`. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly operation: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${operation}: ${message}`, options);
  }
}
