import { Suspense } from 'react';
import { InvoicingBoard } from './InvoicingBoard';

export default function Page() {
  return (
    <Suspense>
      <InvoicingBoard />
    </Suspense>
  );
}
