import { describe, expect, it } from 'vitest';
import { followItem, type Followable } from './follow-item.ts';

/** A stored value whose read answers only when told, and whose changes are heard at once. */
function slowItem(value: string) {
  const listeners = new Set<(value: string) => void>();
  let answer: (() => void) | undefined;
  const item: Followable<string> = {
    getValue: () => {
      const read = value;
      return new Promise((done) => (answer = () => done(read)));
    },
    watch: (callback) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
  const write = (next: string) => {
    value = next;
    listeners.forEach((listener) => listener(next));
  };
  return { item, write, answer: () => answer?.() };
}

describe('followItem', () => {
  it('takes the first read when nothing changes, then every change', async () => {
    const { item, write, answer } = slowItem('a');
    const taken: string[] = [];
    const following = followItem(item, (value) => taken.push(value));
    answer();
    await following.ready;
    write('b');
    expect(taken).toEqual(['a', 'b']);
  });

  it('keeps a change made while the read is on its way, over the older value read', async () => {
    const { item, write, answer } = slowItem('old');
    const taken: string[] = [];
    const following = followItem(item, (value) => taken.push(value));
    write('new');
    answer();
    await following.ready;
    expect(taken).toEqual(['new']);
  });

  it('hears nothing more once stopped', async () => {
    const { item, write, answer } = slowItem('a');
    const taken: string[] = [];
    const following = followItem(item, (value) => taken.push(value));
    answer();
    await following.ready;
    following.stop();
    write('b');
    expect(taken).toEqual(['a']);
  });
});
