// How Pagefind's process is to use memory: a constant of its own, so that reading it starts nothing and changes no
// environment (src/site/pagefindProcess.ts applies it; the benchmark reads it for its baseline).

/**
 * The memory settings of Pagefind's allocator (jemalloc, which reads this variable). By default it hands memory unused
 * for ten seconds back to the system and then faults it in again: indexing 14,800 articles, that was over a third of
 * Pagefind's time, spent in the kernel (1.1–1.2 million page faults; 29–36 s of 74–84 s). Kept, in huge pages, the
 * same index took 42–45 s and the build 76–83 s instead of 101–109 s, for a peak about a quarter higher (3.6 GB against
 * 2.8–3.0 GB). An empty value gives jemalloc's defaults back.
 */
export const PAGEFIND_MEMORY_SETTINGS = { name: '_RJEM_MALLOC_CONF', value: 'thp:always,metadata_thp:always,dirty_decay_ms:-1,muzzy_decay_ms:-1' } as const;
