/**
 * One stop's card, fenced: whatever goes wrong while it is drawn (a value no check foresaw, a
 * built-in the host page has tampered with) takes down that card alone. It is replaced by one line
 * saying so, and reported; the other stops stay.
 */
import { Component, type ComponentChildren } from 'preact';
import { UI, type Lang } from '../index.ts';

export interface StopBoundaryProps {
  lang: Lang;
  children: ComponentChildren;
  /** Told once, when the card fails. */
  onError?: (error: unknown) => void;
}

export class StopBoundary extends Component<StopBoundaryProps, { failed: boolean }> {
  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError?.(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <p class="ic-card ic-row ic-broken">{UI[this.props.lang].stopUnshown}</p>;
  }
}
