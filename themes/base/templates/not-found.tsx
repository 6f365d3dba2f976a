import { templateFor } from '../../template-for';

export const BaseNotFoundTemplate = templateFor('404', ({ site, slots }) => {
  const { NotFound } = slots;
  return <NotFound site={site} slots={slots} />;
});
