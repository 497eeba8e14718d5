/** The quiet pill button shared by the vocabulary page's secondary actions. */
export const buttonClass =
  'inline-flex min-h-11 items-center justify-center rounded-full border border-stone-300 bg-white px-4 text-sm font-medium hover:bg-stone-50 disabled:opacity-50 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800';
