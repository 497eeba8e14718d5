import { useFormatter, useTranslations } from 'next-intl';
import { Reader } from '@/components/reader/reader';
import { Link } from '@/i18n/navigation';
import type { FocusDetail, Passage } from '@/lib/assign/passage';
import type { Assignment } from '@/lib/assign/types';
import type { ReaderDocument } from '@/lib/reader/types';
import { FinishPanel } from './finish-panel';
import { FocusWords } from './focus-words';

type Props = { assignment: Assignment; passage: Passage; document: ReaderDocument; focus: FocusDetail[]; code: string };

/** What a student sees: the teacher's instructions, the focus words and only the chosen paragraphs. */
export function AssignmentView({ assignment, passage, document, focus, code }: Props) {
  const t = useTranslations('AssignView');
  const format = useFormatter();
  const { options } = assignment;
  // An own text may have no English at all: then there is nothing to offer, not empty boxes.
  const translation = options.translation && passage.blocks.some((b) => b.en);
  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <header className="space-y-1">
        <p className="text-sm font-medium uppercase tracking-wide text-accent">{t('label')}</p>
        <h1 lang="zh-Hans" className="text-2xl font-bold leading-snug sm:text-3xl">
          {passage.title.zh}
        </h1>
        {passage.title.en ? <p lang="en" className="text-stone-600 dark:text-stone-400">{passage.title.en}</p> : null}
        {assignment.due ? (
          <p className="font-medium">{t('due', { date: format.dateTime(new Date(`${assignment.due}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}</p>
        ) : null}
      </header>
      {assignment.instructions ? (
        <section aria-labelledby="instructions" className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
          <h2 id="instructions" className="font-semibold">
            {t('instructions')}
          </h2>
          {/* Plain text: React escapes it, and line breaks are kept by CSS, not by markup. */}
          <p className="mt-1 whitespace-pre-line break-words">{assignment.instructions}</p>
        </section>
      ) : null}
      <FocusWords words={focus} />
      {!options.translation || !options.pinyin ? (
        <ul className="space-y-1 text-sm text-stone-600 dark:text-stone-400">
          {!options.translation ? <li>{t('translationHidden')}</li> : null}
          {!options.pinyin ? <li>{t('pinyinOff')}</li> : null}
        </ul>
      ) : null}
      <section aria-label={t('passage')}>
        <Reader document={document} options={{ translation, pinyin: options.pinyin, focusWords: assignment.focusWords }} />
      </section>
      <div className="flex flex-wrap items-center gap-4 border-t border-stone-200 pt-5 dark:border-stone-800">
        <FinishPanel storageKey={code.slice(-24)} title={passage.title.zh} paragraphs={passage.paragraphs} focusWords={assignment.focusWords} />
        <Link href={{ pathname: '/assign/print', query: { a: code } }} className="text-sm underline underline-offset-2">
          {t('handout')}
        </Link>
      </div>
    </article>
  );
}
