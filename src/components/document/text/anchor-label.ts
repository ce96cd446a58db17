/**
 * The id of the hidden words 本节链接： on a document page (src/pages/documents/[id].astro), which
 * every clause heading's § link (Heading.astro) names itself with, before the heading's words.
 * Short (sl: section link), as every such link repeats it.
 */
export const ANCHOR_LABEL = 'sl';
