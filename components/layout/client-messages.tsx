import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { clientNamespaces, type PageMessages, pickMessages } from '@/i18n/client-messages';

type Props = { page?: PageMessages; children: ReactNode };

/**
 * Hands the client components below it the messages their page needs (see i18n/client-messages.ts).
 * A page's provider replaces the layout's for its subtree, so it carries the layout's namespaces too.
 */
export async function ClientMessages({ page, children }: Props) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, clientNamespaces(page))}>{children}</NextIntlClientProvider>;
}
