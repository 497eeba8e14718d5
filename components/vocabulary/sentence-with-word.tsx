type Props = { sentence: string; word: string };

/** The source sentence with the saved word picked out where it first occurs. */
export function SentenceWithWord({ sentence, word }: Props) {
  const at = sentence.indexOf(word);
  if (at === -1 || word === '') return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark className="rounded bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">{word}</mark>
      {sentence.slice(at + word.length)}
    </>
  );
}
