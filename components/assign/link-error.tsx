import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AssignmentErrorKind } from '@/lib/assign/types';

type Props = { error: AssignmentErrorKind };

const MESSAGE = {
  missing: 'missing',
  version: 'version',
  'too-long': 'tooLong',
  corrupt: 'corrupt',
  invalid: 'invalid',
  'unknown-article': 'unknownArticle',
  range: 'range',
} as const satisfies Record<AssignmentErrorKind, string>;

/** A damaged or edited assignment link: what is wrong and what to do, never a crash or a blank page. */
export function LinkError({ error }: Props) {
  const t = useTranslations('AssignView');
  return (
    <section role="alert" aria-labelledby="link-error" className="mx-auto max-w-prose rounded-xl border border-amber-300 bg-amber-50 p-6 dark:border-amber-800 dark:bg-amber-950/40">
      <h1 id="link-error" className="text-2xl font-semibold">
        {t('errorTitle')}
      </h1>
      <p className="mt-3">{t(`errors.${MESSAGE[error]}`)}</p>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{t('errorHelp')}</p>
      <p className="mt-4">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-full bg-accent px-5 font-medium text-white hover:opacity-90">
          {t('errorBack')}
        </Link>
      </p>
    </section>
  );
}
