import { Overview } from './_home/Overview';

export default function HomePage() {
  return <Overview />;
}
