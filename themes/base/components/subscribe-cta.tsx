import { useId } from 'react';
import { SubscribeForm } from '@/components/subscribe/subscribe-form';
import { subscribeFormLabels } from '@/components/subscribe/subscribe-form-labels';
import { DEFAULT_CTA_TEXT } from '../../_engine/options/declare';
import type { SubscribeCtaProps } from '../../_engine/types';

/** The subscribe call-to-action: a short pitch and the working form (double opt-in). */
export function BaseSubscribeCta({ variant, source = 0, options, t }: SubscribeCtaProps) {
  const id = useId();
  return (
    <aside
      aria-labelledby={`${id}-title`}
      data-testid="subscribe-cta"
      className={
        variant === 'inline'
          ? 'my-8 rounded-card border-s-4 border-accent bg-surface p-5 font-sans'
          : 'font-sans'
      }
    >
      <p id={`${id}-title`} className="text-lead font-bold">
        {options.ctaText === DEFAULT_CTA_TEXT ? t('subscribe.heading') : options.ctaText}
      </p>
      <p className="mt-1 text-small text-muted">{t('subscribe.pitch')}</p>
      <SubscribeForm source={source} compact labels={subscribeFormLabels(t)} />
    </aside>
  );
}
