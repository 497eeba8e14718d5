import Link from 'next/link';

// Rendered only for paths the locale proxy does not handle (for example /missing.txt);
// every other unknown path is redirected into a locale and gets the localized 404.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="mx-auto max-w-xl p-8 font-sans">
        <h1 className="text-2xl font-semibold">Page not found · 找不到页面</h1>
        <p className="mt-4">
          <Link className="underline" href="/">
            Library · 文库
          </Link>
        </p>
      </body>
    </html>
  );
}
