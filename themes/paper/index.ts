import { defineTheme } from '../define-theme';
import { PaperHeader } from './components/header';
import { PaperPostCard } from './components/post-card';
import { paperTokens } from './tokens';

export const paper = defineTheme({
  name: 'paper',
  label: 'Paper',
  description:
    'A quiet long-read: serif type, one narrow column, large figures with small-caps captions, no grid.',
  screenshot: '/themes/paper.png',
  tokens: paperTokens,
  slots: { Header: PaperHeader, PostCard: PaperPostCard },
});
