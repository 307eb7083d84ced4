/** Entries by topic, topics in the order they first appear (the entries come sorted by `order`). */
export function groupByTopic<T extends { topic: string }>(entries: readonly T[]): { topic: string; entries: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const group = groups.get(entry.topic);
    if (group) group.push(entry);
    else groups.set(entry.topic, [entry]);
  }
  return [...groups].map(([topic, items]) => ({ topic, entries: items }));
}
