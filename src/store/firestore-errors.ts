/** gRPC ALREADY_EXISTS: what `create()` throws when the document is there (the one atomic guard). */
export function isAlreadyExists(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === 6;
}
