import { templateFor } from '../../_engine/template-for';

export const BaseNotFoundTemplate = templateFor('404', ({ site, slots, t }) => {
  const { NotFound } = slots;
  return <NotFound t={t} site={site} slots={slots} />;
});
