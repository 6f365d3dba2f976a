import { PostPasswordForm } from '@/components/comments/password-form';
import type { PasswordFormProps } from '../../_engine/types';

export function BasePasswordForm({ postId, postPath, error, t }: PasswordFormProps) {
  return (
    <div className="mx-auto mt-10 max-w-measure rounded-card border border-border bg-surface p-6">
      <PostPasswordForm
        postId={postId}
        postPath={postPath}
        error={error}
        labels={{ intro: t('password.intro'), label: t('password.label'), submit: t('password.submit') }}
      />
    </div>
  );
}
