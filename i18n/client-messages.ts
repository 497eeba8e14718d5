/**
 * Which message namespaces reach the browser, page by page. Messages travel in every page's RSC
 * payload, so each page sends only what its client components call `useTranslations` with; the
 * rest (the vocabulary's and the assignment builder's strings, a few kilobytes) stay on the server.
 * `client-messages.test.ts` walks each page's imports and fails when a client component uses a
 * namespace its page does not send.
 */

/** Client components in the layout itself, on every page (header). */
export const LAYOUT_NAMESPACES = ['LocaleSwitcher', 'DueBadge'] as const;

const READER = ['Reader', 'WordSheet', 'ReaderSettings', 'SaveWord', 'VocabularyStore'] as const;

/** Each page that has client components of its own names its entry here. */
export const PAGE_NAMESPACES = {
  article: READER,
  ownText: [...READER, 'OwnText'],
  assign: ['Assign', 'AssignView', 'OwnText', 'VocabularyStore'],
  assignment: [...READER, 'AssignView'],
  vocabulary: ['Vocabulary', 'WordDialog', 'Export', 'Review', 'SaveWord', 'VocabularyStore'],
  review: ['Review', 'Vocabulary', 'WordDialog', 'SaveWord', 'VocabularyStore'],
} as const satisfies Record<string, readonly string[]>;

export type PageMessages = keyof typeof PAGE_NAMESPACES;

/** The namespaces a page sends: the layout's and its own. */
export function clientNamespaces(page?: PageMessages): readonly string[] {
  return [...LAYOUT_NAMESPACES, ...(page ? PAGE_NAMESPACES[page] : [])];
}

/** The messages of the given namespaces, as an object NextIntlClientProvider takes. */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(namespaces.flatMap((ns) => (ns in messages ? [[ns, messages[ns]]] : [])));
}
