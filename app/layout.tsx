import type { ReactNode } from 'react';
import './globals.css';

type Props = { children: ReactNode };

// <html> and <body> live in app/[locale]/layout.tsx so that `lang` follows the URL's locale.
export default function RootLayout({ children }: Props) {
  return children;
}
