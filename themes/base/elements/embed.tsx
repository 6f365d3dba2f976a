import type { EmbedProps } from '../../_engine/types';

/**
 * An embed block: the player in a responsive 16:9 frame when the post has one from an allowed
 * host, otherwise a plain link card to the embedded page (never a dead box).
 */
export function BaseEmbed({ url, linkText, frame, caption, className }: EmbedProps) {
  return (
    <figure className={className}>
      {frame ? (
        <div className="pf-embed-frame">{frame}</div>
      ) : (
        url && (
          <a href={url} rel="noopener noreferrer" className="pf-embed-card">
            <span className="pf-embed-provider">{linkText}</span>
            <span className="pf-embed-url">{url}</span>
          </a>
        )
      )}
      {caption !== null && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
