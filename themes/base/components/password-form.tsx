import { PostPasswordForm } from '@/components/comments/on-demand';
import type { PasswordFormProps } from '../../_engine/types';

export function BasePasswordForm({ postId, action, t }: PasswordFormProps) {
  return (
    <div className="mx-auto mt-10 max-w-measure rounded-card border border-border bg-surface p-6">
      <PostPasswordForm
        postId={postId}
        action={action}
        labels={{ intro: t('password.intro'), label: t('password.label'), submit: t('password.submit') }}
      />
    </div>
  );
}
