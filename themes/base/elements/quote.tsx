import type { QuoteProps } from '../../_engine/types';

export function BaseQuote({ children, cite, pull, className }: QuoteProps) {
  const quote = (
    <blockquote className={pull ? undefined : className || undefined}>
      {children}
      {cite !== null && <cite>{cite}</cite>}
    </blockquote>
  );
  return pull ? <figure className={className}>{quote}</figure> : quote;
}
