/** @jsxImportSource . */
import { describe, expect, it, vi } from 'vitest';

describe('the JSX runtime', () => {
  it('builds DOM and keeps text as text', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const node = (
      <p class="a" title={hostile}>
        {hostile}
        {0}
        {null}
        {false}
        {['x', 'y']}
      </p>
    ) as HTMLElement;
    expect(node.outerHTML).toBe(
      '<p class="a" title="<img src=x onerror=&quot;alert(1)&quot;>">&lt;img src=x onerror="alert(1)"&gt;0xy</p>',
    );
    expect(node.querySelector('img')).toBeNull();
  });

  it('writes ARIA states as words and leaves other false attributes out', () => {
    const node = (
      <button aria-expanded={false} hidden={false} disabled={true}>
        x
      </button>
    ) as HTMLElement;
    expect(node.getAttribute('aria-expanded')).toBe('false');
    expect(node.hasAttribute('hidden')).toBe(false);
    expect(node.getAttribute('disabled')).toBe('');
  });

  it('wires event handlers and renders components and fragments', () => {
    const onClick = vi.fn();
    const Item = ({ label }: { label: string }) => <li>{label}</li>;
    const list = (
      <ul onClick={onClick}>
        <>
          <Item label="a" />
          <Item label="b" />
        </>
      </ul>
    ) as HTMLElement;
    expect(list.textContent).toBe('ab');
    (list.firstChild as HTMLElement).click();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('logs what a handler throws instead of throwing it into the page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = new Error('boom');
    const button = (
      <button
        onClick={() => {
          throw failing;
        }}
      >
        x
      </button>
    ) as HTMLElement;
    const seen: unknown[] = [];
    window.addEventListener('error', (event) => seen.push(event.error));
    button.click();
    expect(seen).toEqual([]);
    expect(error).toHaveBeenCalledWith('[IntercoTOUR]', failing);
    error.mockRestore();
  });
});
