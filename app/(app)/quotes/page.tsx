import { Suspense } from 'react';
import { QuoteList } from './QuoteList';

export default function QuotesPage() {
  return (
    <Suspense>
      <QuoteList />
    </Suspense>
  );
}
