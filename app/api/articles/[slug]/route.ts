import { NextResponse } from 'next/server';
import { getArticle } from '@/lib/content/article';
import { getSlugs } from '@/lib/content/load';

export function generateStaticParams() {
  return getSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return NextResponse.json({ error: `There is no article called "${slug}".` }, { status: 404 });
  return NextResponse.json(article);
}
