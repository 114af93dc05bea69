/** Rows per listing page: keeps every page small however many departments or indicators a year has. */
export const PAGE_SIZE = 200;
