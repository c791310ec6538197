import { ProbabilityBoard } from './ProbabilityBoard';

export default function Page() {
  return <ProbabilityBoard />;
}
