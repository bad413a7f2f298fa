/**
 * A catalog message with one hole (`$1`) filled by a node rather than text: a link, or feed text
 * marked with its own language. The words around it stay the catalog's.
 */
import type { ComponentChild } from 'preact';

export function fillNodes(message: string, node: ComponentChild): ComponentChild[] {
  const at = message.indexOf('$1');
  return at < 0 ? [message] : [message.slice(0, at), node, message.slice(at + 2)];
}
