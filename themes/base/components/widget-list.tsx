import type { Slots, Translate, Widget } from '../../_engine/types';

interface WidgetListProps {
  widgets: Widget[];
  slots: Slots;
  t: Translate;
}

/**
 * A widget area's widgets, in the owner's order: WordPress's output (sanitized in the data layer
 * like a post's body), and the search widgets as the theme's own search form under their title.
 */
export function WidgetList({ widgets, slots, t }: WidgetListProps) {
  const { SearchForm } = slots;
  return widgets.map((widget, i) =>
    widget.kind === 'search' ? (
      <section key={i} className="widget widget_search">
        {widget.title && <h2 className="widget-title">{widget.title}</h2>}
        <SearchForm t={t} label={widget.title || t('search.widget')} />
      </section>
    ) : (
      <div key={i} className="contents" dangerouslySetInnerHTML={{ __html: widget.html }} />
    ),
  );
}
