import type { HeadingProps } from '../../_engine/types';

export function BaseHeading({ level, id, children, className }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className || undefined}>
      {children}
    </Tag>
  );
}
