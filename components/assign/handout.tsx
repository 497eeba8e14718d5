import './handout.css';
import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { LoadedAssignment } from '@/lib/assign/load';
import type { QrMatrix } from '@/lib/assign/qr';
import { HandoutPassage } from './handout-passage';
import { HandoutVocabulary } from './handout-vocabulary';
import { PrintButton } from './print-button';
import { QrCode } from './qr-code';

type Props = { loaded: LoadedAssignment; qr: QrMatrix | null };

/** A printable handout: always black on white, like the paper it previews. */
export function Handout({ loaded, qr }: Props) {
  const t = useTranslations('Handout');
  const format = useFormatter();
  const { assignment, passage, focus, code } = loaded;
  const due = assignment.due ? format.dateTime(new Date(`${assignment.due}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) : null;
  return (
    <div className="handout">
      <div className="handout-toolbar mb-4 flex flex-wrap items-center gap-3">
        <PrintButton label={t('print')} />
        <Link href={{ pathname: '/assign/view', query: { a: code } }} className="underline underline-offset-2">
          {t('backToView')}
        </Link>
        <p className="w-full text-sm text-stone-600 dark:text-stone-400">{t('printHint')}</p>
      </div>
      <div className="handout-sheet mx-auto max-w-[190mm] rounded border border-stone-300 bg-white p-[min(12mm,5vw)] text-black shadow-sm">
        <header className="flex items-start gap-4">
          <div className="min-w-0 flex-1">
            <h1 lang="zh-Hans" className="text-[18pt] font-bold leading-snug">
              {passage.title.zh}
            </h1>
            {passage.title.en ? <p lang="en" className="text-[10pt] text-stone-700">{passage.title.en}</p> : null}
            <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-[10pt]">
              <span>{t('name')} ____________________</span>
              <span>{t('date')} __________</span>
              {due ? <strong>{t('due', { date: due })}</strong> : null}
            </p>
          </div>
          {qr ? (
            <figure className="handout-qr w-[34mm] max-w-[28vw] shrink-0 text-center">
              <QrCode qr={qr} label={t('qr')} className="w-full" />
              <figcaption className="text-[7pt] leading-tight">{t('qr')}</figcaption>
            </figure>
          ) : (
            <p className="w-[34mm] shrink-0 text-[8pt]">{t('qrTooLong')}</p>
          )}
        </header>
        {assignment.instructions ? (
          <section className="mt-4 rounded border border-stone-400 p-3">
            <h2 className="text-[11pt] font-semibold">{t('instructions')}</h2>
            <p className="whitespace-pre-line break-words text-[11pt]">{assignment.instructions}</p>
          </section>
        ) : null}
        <section className="mt-5">
          <h2 className="sr-only">{t('passage')}</h2>
          <HandoutPassage blocks={passage.blocks} focus={new Set(assignment.focusWords)} pinyin={assignment.options.handoutPinyin} />
        </section>
        <HandoutVocabulary words={focus} />
        {assignment.options.translation && passage.blocks.some((b) => b.en) ? (
          <section className="handout-translation mt-8 print:mt-0">
            <h2 className="mb-2 text-[12pt] font-semibold">{t('translation')}</h2>
            <div lang="en" className="space-y-2 text-[10.5pt] leading-relaxed">
              {passage.blocks.map((b, i) => (b.en ? <p key={i}>{b.en}</p> : null))}
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
