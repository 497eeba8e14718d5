import { NextResponse } from 'next/server';
import { articleDocument } from '@/lib/reader/article-document';
import { getSlugs } from '@/lib/content/load';

// The word sheet's senses, notes and character breakdowns for one article, in the order of the
// reader's word table; built at build time and fetched by the reader on the learner's first touch.
export function generateStaticParams() {
  return getSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const document = articleDocument(slug);
  if (!document) return NextResponse.json({ error: `There is no article called "${slug}".` }, { status: 404 });
  return NextResponse.json({ details: document.details });
}
