/**
 * Positions the word sheet. Wide screens: a popover beside the word, kept inside the viewport.
 * Phones: a bottom sheet; the page scrolls so the tapped line stays visible above it.
 */
export function placeSheet(sheet: HTMLElement, word: HTMLElement): void {
  const rect = word.getBoundingClientRect();
  const margin = 8;
  if (window.matchMedia('(min-width: 768px)').matches) {
    const width = sheet.offsetWidth;
    const height = sheet.offsetHeight;
    const left = Math.min(Math.max(margin, rect.left), window.innerWidth - width - margin);
    const below = rect.bottom + margin;
    const top = below + height <= window.innerHeight - margin ? below : Math.max(margin, rect.top - height - margin);
    sheet.style.left = `${Math.round(left)}px`;
    sheet.style.top = `${Math.round(top)}px`;
    return;
  }
  sheet.style.left = '';
  sheet.style.top = '';
  const sheetTop = window.innerHeight - sheet.offsetHeight;
  if (rect.bottom > sheetTop - margin) window.scrollBy({ top: rect.bottom - sheetTop + 3 * margin });
  else if (rect.top < margin) window.scrollBy({ top: rect.top - 8 * margin });
}
