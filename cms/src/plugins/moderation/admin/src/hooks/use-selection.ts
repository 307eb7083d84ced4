import * as React from 'react';

/**
 * The comments ticked for a bulk action, kept by documentId. Rows that left the page (after an
 * action) drop out of the selection.
 */
export function useSelection(documentIds: string[]) {
  const [selected, setSelected] = React.useState<string[]>([]);

  const onPage = new Set(documentIds);
  const selection = selected.filter((documentId) => onPage.has(documentId));
  const allSelected = documentIds.length > 0 && selection.length === documentIds.length;

  const toggle = (documentId: string) =>
    setSelected((previous) =>
      previous.includes(documentId) ? previous.filter((id) => id !== documentId) : [...previous, documentId],
    );
  const toggleAll = () => setSelected(allSelected ? [] : documentIds);
  const drop = (done: string[]) => setSelected((previous) => previous.filter((id) => !done.includes(id)));

  return { selection, allSelected, toggle, toggleAll, drop };
}
