import { LeadList } from './LeadList';

export default function LeadsPage() {
  return <LeadList />;
}
