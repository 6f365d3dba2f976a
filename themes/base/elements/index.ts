import type { ContentElements } from '../../_engine/types';
import { BaseEmbed } from './embed';
import { BaseGallery } from './gallery';
import { BaseHeading } from './heading';
import { BaseImageFigure } from './image-figure';
import { BaseQuote } from './quote';
import { BaseTable } from './table';

/** How WordPress blocks and classic content render unless a theme brings its own components. */
export const baseElements: ContentElements = {
  ImageFigure: BaseImageFigure,
  Gallery: BaseGallery,
  Quote: BaseQuote,
  Heading: BaseHeading,
  Table: BaseTable,
  Embed: BaseEmbed,
};
