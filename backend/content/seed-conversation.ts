// Comments, a closed thread, a password-protected post: seeded as an administrator would.
import { blocks, paragraph } from './blocks';
import {
  closedSlug,
  type CommentSeed,
  letters,
  lettersSlug,
  longFormComments,
  members,
} from './conversation';
import { pick } from './pick';
import { post } from './rest';

interface Created {
  id: number;
}

async function seedComments(postId: number, comments: CommentSeed[]) {
  const ids = new Map<string, number>();
  for (const c of comments) {
    const created = await post<Created>('/wp/v2/comments', {
      post: postId,
      parent: c.replyTo ? pick(ids, c.replyTo) : 0,
      author_name: c.author,
      author_email: `${c.key}@example.test`,
      content: c.content,
      date: c.date,
      status: c.status ?? 'approved',
    });
    ids.set(c.key, created.id);
  }
}

export async function seedConversation(ids: {
  longFormId: number;
  postIds: Map<string, number>;
  authorId: number;
  categoryId: number;
}) {
  await seedComments(ids.longFormId, longFormComments);
  await seedComments(pick(ids.postIds, lettersSlug), letters);
  await post(`/wp/v2/posts/${pick(ids.postIds, closedSlug)}`, { comment_status: 'closed' });
  await post('/wp/v2/posts', {
    slug: members.slug,
    title: members.title,
    status: 'publish',
    password: members.password,
    date: members.date,
    author: ids.authorId,
    categories: [ids.categoryId],
    excerpt: members.excerpt,
    content: blocks(paragraph(members.body)),
  });
}
