import { ComingSoon } from '~/app/_components/ComingSoon';

export default function Page() {
  return <ComingSoon titleKey="nav.stageBoard" bodyKey="stageBoard" />;
}
