import { defineTheme } from '../_engine/define-theme';
import { PaperHeader } from './components/header';
import { PaperPostCard } from './components/post-card';
import { paperTokens } from './tokens';

export default defineTheme({
  name: 'paper',
  label: 'Paper',
  description:
    'A quiet long-read: serif type, one narrow column, large figures with small-caps captions, no grid.',
  tokens: paperTokens,
  slots: { Header: PaperHeader, PostCard: PaperPostCard },
  options: {
    fontPairings: ['serif', 'serif-headlines'],
    layout: {
      label: 'Column width',
      help: 'How wide the reading column is; photographs keep their own width.',
      choices: [
        { value: 'narrow', label: 'Narrow (about 60 characters a line)' },
        { value: 'medium', label: 'Medium', tokens: { width: { measure: '40rem' } } },
        { value: 'wide', label: 'Wide', tokens: { width: { measure: '44rem' } } },
      ],
    },
  },
});
