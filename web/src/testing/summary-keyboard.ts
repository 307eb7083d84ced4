/**
 * Browsers activate a focused <summary> from the keyboard (Enter, and Space on
 * release), which toggles its <details>. jsdom implements the toggle on click but
 * not the keyboard part, and user-event only emulates it for buttons and links.
 * This listener adds what the browser does natively, and nothing more, so a test can
 * press keys on a real <summary> (a div with role="button" gets no help from it).
 */
export function emulateSummaryKeyboardActivation(doc: Document): () => void {
  const isSummary = (target: EventTarget | null): target is HTMLElement =>
    target instanceof HTMLElement && target.localName === 'summary';

  const onKeypress = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.defaultPrevented && isSummary(event.target)) event.target.click();
  };
  const onKeyup = (event: KeyboardEvent) => {
    if (event.key === ' ' && !event.defaultPrevented && isSummary(event.target)) event.target.click();
  };
  doc.addEventListener('keypress', onKeypress);
  doc.addEventListener('keyup', onKeyup);
  return () => {
    doc.removeEventListener('keypress', onKeypress);
    doc.removeEventListener('keyup', onKeyup);
  };
}
