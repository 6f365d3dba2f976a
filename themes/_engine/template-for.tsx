import type { ComponentType } from 'react';
import type { Template, TemplateProps, View } from './types';

type ViewOf<K extends View['kind']> = Extract<View, { kind: K }>;

/**
 * A template for one kind of view. The hierarchy only ever hands it that kind; anything else is a
 * bug in the theme's template names, reported as such rather than rendered wrongly.
 */
export function templateFor<K extends View['kind']>(
  kind: K,
  Render: ComponentType<TemplateProps<ViewOf<K>>>,
): Template {
  function KindTemplate(props: TemplateProps) {
    if (props.view.kind !== kind) {
      throw new Error(`A template for "${kind}" views was given a "${props.view.kind}" view`);
    }
    return <Render {...(props as TemplateProps<ViewOf<K>>)} />;
  }
  KindTemplate.displayName = `Template(${kind})`;
  return KindTemplate;
}
