import { NextResponse } from 'next/server';
import { getArticleSummaries } from '@/lib/content/load';

export const dynamic = 'force-static';

export function GET() {
  return NextResponse.json({ articles: getArticleSummaries() });
}
