/**
 * Positions the word sheet. Wide screens: a popover below or above the word, or beside it when
 * neither fits, always inside the viewport and never over the word. Phones: a bottom sheet; the
 * page scrolls so the tapped line stays visible above it.
 */
export function placeSheet(sheet: HTMLElement, word: HTMLElement): void {
  const rect = word.getBoundingClientRect();
  const margin = 8;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  if (window.matchMedia('(min-width: 768px)').matches) {
    const width = sheet.offsetWidth;
    const height = sheet.offsetHeight;
    const clamp = (v: number, max: number) => Math.min(Math.max(margin, v), max - margin);
    let left = clamp(rect.left, vw - width);
    let top: number;
    if (rect.bottom + margin + height <= vh - margin) top = rect.bottom + margin;
    else if (rect.top - margin - height >= margin) top = rect.top - margin - height;
    else {
      top = clamp(rect.top + rect.height / 2 - height / 2, vh - height);
      left = rect.right + 2 * margin + width <= vw ? rect.right + 2 * margin : clamp(rect.left - 2 * margin - width, vw - width);
    }
    sheet.style.left = `${Math.round(left)}px`;
    sheet.style.top = `${Math.round(top)}px`;
    return;
  }
  sheet.style.left = '';
  sheet.style.top = '';
  const sheetTop = vh - sheet.offsetHeight;
  if (rect.bottom > sheetTop - margin) window.scrollBy({ top: rect.bottom - sheetTop + 3 * margin });
  else if (rect.top < margin) window.scrollBy({ top: rect.top - 8 * margin });
}
