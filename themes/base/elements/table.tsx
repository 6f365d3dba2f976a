import type { TableProps } from '../../_engine/types';

/** Wide tables scroll inside their own box on small screens instead of widening the page. */
export function BaseTable({ children, className, label }: TableProps) {
  return (
    <div className={`pf-table-scroll ${className}`.trim()} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
