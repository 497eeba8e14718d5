import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ArticleFile } from '@/lib/content/schema';

type Props = { article: ArticleFile };

type BlockProps = { block: ArticleFile['blocks'][number] };

function ChineseBlock({ block }: BlockProps) {
  const zh = block.sentences.map((s) => s.zh).join('');
  switch (block.type) {
    case 'title':
      return (
        <h1 lang="zh-Hans" className="text-2xl font-bold leading-snug sm:text-3xl">
          {zh}
        </h1>
      );
    case 'kicker':
      return (
        <p lang="zh-Hans" className="text-base font-medium text-accent">
          {zh}
        </p>
      );
    case 'heading':
      return (
        <h2 lang="zh-Hans" className="pt-4 text-xl font-semibold leading-snug">
          {zh}
        </h2>
      );
    case 'byline':
      return (
        <p lang="zh-Hans" className="text-right text-sm text-stone-600 dark:text-stone-400">
          {zh}
        </p>
      );
    case 'paragraph':
      return (
        <p lang="zh-Hans" className="text-lg leading-loose">
          {zh}
        </p>
      );
  }
}

export function ArticleView({ article }: Props) {
  const t = useTranslations('Reader');
  return (
    <article className="mx-auto max-w-2xl">
      <p className="mb-4 text-sm">
        <Link href="/" className="underline underline-offset-2">
          ← {t('back')}
        </Link>
      </p>
      <p lang="en" className="mb-2 text-stone-600 dark:text-stone-400">
        {article.title.en}
      </p>
      <div className="space-y-4">
        {article.blocks.map((block, i) => (
          <ChineseBlock key={i} block={block} />
        ))}
      </div>
    </article>
  );
}
