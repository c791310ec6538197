import { ComingSoon } from '~/app/_components/ComingSoon';

export default function Page() {
  return <ComingSoon titleKey="nav.probabilityBoard" bodyKey="probabilityBoard" />;
}
