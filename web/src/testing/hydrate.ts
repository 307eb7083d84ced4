import { act } from 'react';
import { vi } from 'vitest';
import { startApp } from '@/app/start';

/**
 * Puts a rendered page into this document at `url`, as the browser would receive it, and
 * starts the app on it. React reports a mismatch it can patch over (an attribute, a useId)
 * only on the console: both channels are spied on.
 */
export async function hydratePage(html: string, url: string) {
  const page = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = page.head.innerHTML;
  document.body.innerHTML = page.body.innerHTML;
  window.history.replaceState(null, '', url);
  const onRecoverableError = vi.fn();
  const consoleError = vi.spyOn(console, 'error');
  vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  await act(async () => {
    app = await startApp(container, { onRecoverableError });
  });
  return {
    onRecoverableError,
    consoleError,
    /** Stops the app and removes it from the document. */
    unmount: () => {
      act(() => app?.router.dispose());
      act(() => container.remove());
    },
  };
}
