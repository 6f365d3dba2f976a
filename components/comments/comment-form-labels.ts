import type { Translate } from '@/lib/i18n/translate';
import type { CommentFormLabels } from './comment-form';

/** The comment form's words in the site's language: made on the server, handed to the form. */
export function commentFormLabels(t: Translate): CommentFormLabels {
  return {
    title: t('commentForm.title'),
    intro: t('commentForm.intro'),
    replyTo: t('commentForm.replyTo'),
    replyToPost: t('commentForm.replyToPost'),
    content: t('commentForm.content'),
    name: t('commentForm.name'),
    email: t('commentForm.email'),
    website: t('commentForm.website'),
    optional: t('commentForm.optional'),
    submit: t('commentForm.submit'),
    posting: t('commentForm.posting'),
    published: t('commentForm.approved'),
    held: t('commentForm.held'),
    checkForm: t('commentForm.checkForm'),
    unavailable: t('commentForm.unreachable'),
    contentMissing: t('commentForm.contentMissing'),
    nameMissing: t('commentForm.nameMissing'),
    emailInvalid: t('commentForm.emailInvalid'),
    websiteInvalid: t('commentForm.websiteInvalid'),
  };
}
