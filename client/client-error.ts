/** An error reported by a voxring router to the SDK (error frame or HTTP error body). */
export class VoxClientError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(`${code}: ${message}`);
    this.name = 'VoxClientError';
  }
}
