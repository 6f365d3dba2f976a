import type { Template, TemplateProps } from '../../_engine/types';
import { WidgetList } from '../../base/components/widget-list';

/**
 * A magazine's sidebar beside `Main` (a post, an archive): the owner's widgets from the Bridge's
 * sidebar area, in a column of their own on wide screens and after the content on narrow ones.
 * An empty area changes nothing: the template renders as it would alone.
 */
export function withSidebar(Main: Template): Template {
  function ShowWithSidebar(props: TemplateProps) {
    if (props.sidebarWidgets.length === 0) return <Main {...props} />;
    return (
      <div className="mx-auto max-w-wide lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-8 lg:px-gutter">
        <div className="min-w-0">
          <Main {...props} />
        </div>
        <aside
          aria-label={props.t('sidebar.label')}
          className="pf-widgets grid content-start gap-8 border-t border-border px-gutter py-section lg:border-t-0 lg:px-0"
        >
          <WidgetList widgets={props.sidebarWidgets} slots={props.slots} t={props.t} />
        </aside>
      </div>
    );
  }
  ShowWithSidebar.displayName = `WithSidebar(${Main.displayName ?? 'Template'})`;
  return ShowWithSidebar;
}
