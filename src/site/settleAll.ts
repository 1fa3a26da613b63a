// Waits for every piece of work writing into a folder before reporting the first failure. Promise.all rejects at the
// first, while the others still write: a failed build then removes its staging folder under a writer still adding
// files, and the removal's own error ("directory not empty") takes the place of the failure that mattered.

/** Resolves when every promise has fulfilled; once all have settled, rejects with the first rejection's reason. */
export async function settleAll(work: readonly (Promise<unknown> | undefined)[]): Promise<void> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}
