/**
 * The build date (YYYY-MM-DD, UTC): due dates and campaign ends before it are marked 已过, so the
 * mark stays true for the build a reader sees (the site is rebuilt, never edited by hand).
 */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);
