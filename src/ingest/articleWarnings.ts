// The warnings an article's reading gives about facts its page does not state, shared by the parser and by ingest,
// which lets one go once a person has stated the fact in the entry by hand.

export const NO_HEADLINE_WARNING = 'no headline found';
export const NO_DATE_WARNING = 'no date stated';
export const NO_SOURCE_WARNING = 'source unknown';
