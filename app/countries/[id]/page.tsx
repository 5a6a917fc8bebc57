import type { Metadata } from 'next';
import { entityMetadata, loadEntityPage, type EntityPageProps } from '@/app/_lib/entity/entity-page';
import { EntityPage } from '@/app/_components/entity/entity-page';

/** /countries/<id>: the country's events (ids from the gazetteer, lib/lang/gazetteer); unknown ids are a 404. */
export async function generateMetadata(props: EntityPageProps): Promise<Metadata> {
  return entityMetadata('country', props);
}

export default async function Page(props: EntityPageProps) {
  return <EntityPage {...await loadEntityPage('country', props)} />;
}
