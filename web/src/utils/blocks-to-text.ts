import type { Blocks, InlineNode, ListNode } from '@/types/blocks';

/** The text of one inline node (a link's label, or the text itself). */
export function inlineText(node: InlineNode): string {
  return node.type === 'text' ? node.text : node.children.map((child) => child.text).join('');
}

/** Rich text as plain text, one line per block: for structured data and meta descriptions. */
export function blocksToText(content: Blocks): string {
  const lines: string[] = [];
  const walkList = (list: ListNode) => {
    for (const child of list.children) {
      if (child.type === 'list') walkList(child);
      else lines.push(child.children.map(inlineText).join(''));
    }
  };
  for (const block of content) {
    if (block.type === 'list') walkList(block);
    else if (block.type !== 'image') lines.push(block.children.map(inlineText).join(''));
  }
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
