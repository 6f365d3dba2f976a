import { archiveRoute } from '@/app/_archive/archive-route';

const route = archiveRoute('tag');
export const generateMetadata = route.generateMetadata;
export default route.ArchivePage;
