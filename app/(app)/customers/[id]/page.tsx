import { Customer360 } from './Customer360';

/** The 360° view of one customer. */
export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <Customer360 id={id} />;
}
