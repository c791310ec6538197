import { MembersCard } from './MembersCard';
import { OrganizationForm } from './OrganizationForm';
import { PipelinesCard } from './PipelinesCard';
import { SettingsTitle } from './SettingsTitle';

export default function SettingsPage() {
  return (
    <section className="page">
      <SettingsTitle />
      <OrganizationForm />
      <MembersCard />
      <PipelinesCard />
    </section>
  );
}
