import { PostPasswordForm } from '@/components/comments/password-form';
import type { PasswordFormProps } from '../../types';

export function BasePasswordForm({ postId }: PasswordFormProps) {
  return (
    <div className="mx-auto mt-10 max-w-measure rounded-card border border-border bg-surface p-6">
      <PostPasswordForm postId={postId} />
    </div>
  );
}
