/**
 * Server side of an assignment link: decode, find the article or annotate the own text, and
 * prepare what the student view and the handout render. Never throws for a bad link.
 */
import { annotate, namedInText } from '@/lib/annotate';
import { getArticle } from '@/lib/content/article';
import { prepareDocument } from '@/lib/reader/prepare';
import type { ReaderDocument } from '@/lib/reader/types';
import { decodeAssignment } from './encode';
import { choosePassage, type FocusDetail, focusDetails, type Passage } from './passage';
import type { Assignment, AssignmentErrorKind } from './types';

export type LoadedAssignment = { assignment: Assignment; passage: Passage; document: ReaderDocument; focus: FocusDetail[]; code: string };

export function loadAssignment(code: string | undefined): { ok: true; value: LoadedAssignment } | { ok: false; error: AssignmentErrorKind } {
  const decoded = decodeAssignment(code);
  if (!decoded.ok || code === undefined) return { ok: false, error: decoded.ok ? 'missing' : decoded.error };
  const { assignment } = decoded;
  const chosen = choosePassage(assignment, { findArticle: getArticle, annotate: (text, options) => annotate(text, options), namedIn: (text) => namedInText(annotate(text)) });
  if (!chosen.ok) return chosen;
  const { passage } = chosen;
  return {
    ok: true,
    value: {
      assignment,
      passage,
      document: prepareDocument(passage.source, passage.blocks),
      focus: focusDetails(assignment.focusWords, passage.blocks, (text) => annotate(text)),
      code,
    },
  };
}
