import type { FormActions } from '@/components/comments/form-actions';
import { postComment } from './post-comment';
import { unlockPost } from './unlock-post';

/** The server actions a page's forms post to, as the theme hands them on (TemplateProps.actions). */
export const formActions: FormActions = { postComment, unlockPost };
