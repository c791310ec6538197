import { StageBoard } from './StageBoard';

export default function Page() {
  return <StageBoard />;
}
